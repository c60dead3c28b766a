package org.onewindow.casework.internal;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.intake.CaseRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the process of a case as it is registered. A plain (synchronous) listener on purpose: the case
 * and its process are created in one transaction, so a failure leaves neither.
 */
@Component
class CaseProcessStarter {

    private final RuntimeService runtimeService;

    CaseProcessStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(CaseRegistered event) {
        runtimeService.startProcessInstanceByKey(ServiceRequestProcess.KEY, event.caseNumber(), Map.of(
                ServiceRequestProcess.VAR_CASE_NUMBER, event.caseNumber(),
                ServiceRequestProcess.VAR_SERVICE_ITEM_CODE, event.serviceItemCode(),
                ServiceRequestProcess.VAR_LEAD_DEPARTMENT, event.leadDepartmentCode(),
                ServiceRequestProcess.VAR_COLLABORATING_DEPARTMENTS, String.join(",", event.collaboratingDepartmentCodes()),
                ServiceRequestProcess.VAR_CASE_DUE_DATE, Date.from(event.dueAt()),
                ServiceRequestProcess.VAR_REGISTERED_BY, event.registeredBy()));
    }
}
