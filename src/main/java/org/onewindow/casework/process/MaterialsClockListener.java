package org.onewindow.casework.process;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.intake.CaseLifecycleService;
import org.springframework.stereotype.Component;

/**
 * Restarts the legal clock when the missing materials arrive: the case's due date moves out by the working
 * days it waited, and the steps still to come get the new date.
 */
@Component("materialsClock")
public class MaterialsClockListener {

    private final CaseLifecycleService intake;
    private final Clock clock;

    MaterialsClockListener(CaseLifecycleService intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    public void resume(DelegateExecution execution) {
        var newDue = intake.resumeClock(execution.getProcessBusinessKey(), clock.instant());
        execution.setVariable(ServiceRequestProcess.VAR_CASE_DUE_DATE, Date.from(newDue));
    }
}
