package org.onewindow.casework.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.casework.internal.StepEscalations;
import org.springframework.stereotype.Component;

/** A step's at-risk timer fired: its open tasks get the "at risk" flag. The step is the input parameter "step". */
@Component
public class FlagStepAtRiskDelegate implements JavaDelegate {

    private final StepEscalations escalations;

    FlagStepAtRiskDelegate(StepEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.flagAtRisk(execution.getProcessInstanceId(), (String) execution.getVariableLocal("step"));
    }
}
