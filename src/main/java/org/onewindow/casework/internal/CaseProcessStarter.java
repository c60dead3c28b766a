package org.onewindow.casework.internal;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistered;
import org.onewindow.intake.Channel;
import org.onewindow.intake.CaseLifecycleService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Routes a case (decision table {@code caseRouting}), records a window registration as the case's acceptance
 * ({@link WindowAcceptance}) and starts its process as it is registered. A plain (synchronous) listener on purpose: the case
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
    private final WindowAcceptance windowAcceptance;
    private final CaseRecordService caseRecords;

    CaseProcessStarter(RuntimeService runtimeService, CaseRouting routing, CaseLifecycleService intake,
            CaseRoutingStore routedBy, Clock clock, CatalogService catalog, WindowAcceptance windowAcceptance,
            CaseRecordService caseRecords) {
        this.caseRecords = caseRecords;
        this.catalog = catalog;
        this.windowAcceptance = windowAcceptance;
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
        Optional<ServiceItem> item = catalog.version(event.serviceItemCode(), event.serviceItemVersion());
        variables.put(ServiceRequestProcess.VAR_INSTANT_ITEM,
                item.map(version -> version.kind() == ItemKind.INSTANT).orElse(false));
        // An online request has nobody at the window yet, so its acceptance review waits unassigned in the front
        // desk's queue; an instant item's goes to whoever registered it, who decides it on the spot.
        variables.put(ServiceRequestProcess.VAR_REGISTERED_BY,
                event.channel() == Channel.ONLINE ? null : event.registeredBy());
        // The clerk checked identity and materials at the counter and pressed "Accept and register": that is the
        // acceptance, recorded before the lead department's step so that the case file reads in order. A case
        // missing a required material waits in the clerk's acceptance review for the one-time notice instead.
        Optional<CaseDetails> registered = caseRecords.caseDetails(event.caseNumber());
        List<String> received = registered.map(details -> details.materials().stream()
                .filter(CaseMaterial::received).map(CaseMaterial::name).toList()).orElse(List.of());
        boolean acceptedAtWindow = event.channel() == Channel.WINDOW
                && item.map(version -> version.acceptedOnRegistration(received)).orElse(false);
        variables.put(ServiceRequestProcess.VAR_ACCEPTED_AT_WINDOW, acceptedAtWindow);
        if (acceptedAtWindow) {
            windowAcceptance.record(event.caseNumber(), event.registeredBy(),
                    registered.map(CaseDetails::acceptedAt).orElseGet(clock::instant));
        }
        runtimeService.startProcessInstanceByKey(ServiceRequestProcess.KEY, event.caseNumber(), variables);
    }
}
