package org.onewindow.casework.internal;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.intake.CaseRegistered;
import org.onewindow.intake.IntakeService;
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
    private final IntakeService intake;

    CaseProcessStarter(RuntimeService runtimeService, CaseRouting routing, IntakeService intake) {
        this.runtimeService = runtimeService;
        this.routing = routing;
        this.intake = intake;
    }

    @EventListener
    void on(CaseRegistered event) {
        CaseRouting.Route route = routing.route(event);
        if (!route.leadDepartment().equals(event.leadDepartmentCode())
                || !route.collaboratingDepartments().equals(event.collaboratingDepartmentCodes())) {
            intake.applyRouting(event.caseNumber(), route.leadDepartment(), route.collaboratingDepartments());
        }
        runtimeService.startProcessInstanceByKey(ServiceRequestProcess.KEY, event.caseNumber(), Map.of(
                ServiceRequestProcess.VAR_CASE_NUMBER, event.caseNumber(),
                ServiceRequestProcess.VAR_SERVICE_ITEM_CODE, event.serviceItemCode(),
                ServiceRequestProcess.VAR_LEAD_DEPARTMENT, route.leadDepartment(),
                ServiceRequestProcess.VAR_COLLABORATING_DEPARTMENTS, String.join(",", route.collaboratingDepartments()),
                ServiceRequestProcess.VAR_CASE_DUE_DATE, Date.from(event.dueAt()),
                ServiceRequestProcess.VAR_REGISTERED_BY, event.registeredBy()));
    }
}
