package org.onewindow.casework.internal;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.intake.CaseRegistered;
import org.onewindow.intake.Channel;
import org.onewindow.intake.CaseLifecycleService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Routes a case (decision table {@code caseRouting}) and starts its process as it is registered. A plain (synchronous) listener on purpose: the case
 * and its process are created in one transaction, so a failure leaves neither.
 */
@Component
class CaseProcessStarter {

    private final RuntimeService runtimeService;
    private final CaseRouting routing;
    private final CaseLifecycleService intake;
    private final CaseRoutingStore routedBy;
    private final Clock clock;
    private final CatalogService catalog;

    CaseProcessStarter(RuntimeService runtimeService, CaseRouting routing, CaseLifecycleService intake,
            CaseRoutingStore routedBy, Clock clock, CatalogService catalog) {
        this.catalog = catalog;
        this.runtimeService = runtimeService;
        this.routing = routing;
        this.intake = intake;
        this.routedBy = routedBy;
        this.clock = clock;
    }

    @EventListener
    void on(CaseRegistered event) {
        CaseRouting.Route route = routing.route(event);
        if (!route.leadDepartment().equals(event.leadDepartmentCode())
                || !route.collaboratingDepartments().equals(event.collaboratingDepartmentCodes())) {
            intake.applyRouting(event.caseNumber(), route.leadDepartment(), route.collaboratingDepartments());
        }
        // The case file names the version of the rules that chose the departments, also after newer versions.
        routedBy.record(event.caseNumber(), route.decisionDefinitionId(), route.decisionVersion(), clock.instant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ServiceRequestProcess.VAR_CASE_NUMBER, event.caseNumber());
        variables.put(ServiceRequestProcess.VAR_SERVICE_ITEM_CODE, event.serviceItemCode());
        variables.put(ServiceRequestProcess.VAR_SERVICE_ITEM_VERSION, event.serviceItemVersion());
        variables.put(ServiceRequestProcess.VAR_LEAD_DEPARTMENT, route.leadDepartment());
        variables.put(ServiceRequestProcess.VAR_COLLABORATING_DEPARTMENTS,
                String.join(",", route.collaboratingDepartments()));
        variables.put(ServiceRequestProcess.VAR_CASE_DUE_DATE, Date.from(event.dueAt()));
        // The version the case was registered with decides: an item made instant later does not change open cases.
        variables.put(ServiceRequestProcess.VAR_INSTANT_ITEM,
                catalog.version(event.serviceItemCode(), event.serviceItemVersion())
                        .map(item -> item.kind() == ItemKind.INSTANT).orElse(false));
        // The acceptance review goes to whoever registered the case at the window; an online request has
        // nobody there yet, so its review waits unassigned in the front desk's queue.
        variables.put(ServiceRequestProcess.VAR_REGISTERED_BY,
                event.channel() == Channel.ONLINE ? null : event.registeredBy());
        runtimeService.startProcessInstanceByKey(ServiceRequestProcess.KEY, event.caseNumber(), variables);
    }
}
