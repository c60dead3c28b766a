package org.onewindow.casework.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.IntakeService;
import org.springframework.stereotype.Component;

/**
 * Keeps the case record's status in step with the process. Called from execution listeners in the BPMN,
 * so the status changes in the same transaction as the engine step.
 */
@Component("caseStatusListener")
public class CaseStatusListener {

    private final IntakeService intake;
    private final Clock clock;

    CaseStatusListener(IntakeService intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    public void changeTo(DelegateExecution execution, String status) {
        intake.changeStatus(execution.getProcessBusinessKey(), CaseStatus.valueOf(status));
    }

    public void closed(DelegateExecution execution) {
        intake.close(execution.getProcessBusinessKey(), clock.instant());
    }
}
