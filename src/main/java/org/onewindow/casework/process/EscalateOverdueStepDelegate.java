package org.onewindow.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.casework.internal.StepEscalations;
import org.springframework.stereotype.Component;

/** A step is overdue: its open tasks are escalated to the department head. The step is the input parameter "step". */
@Component
public class EscalateOverdueStepDelegate implements JavaDelegate {

    private final StepEscalations escalations;

    EscalateOverdueStepDelegate(StepEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalateOverdue(execution.getProcessInstanceId(), (String) execution.getVariableLocal("step"));
    }
}
