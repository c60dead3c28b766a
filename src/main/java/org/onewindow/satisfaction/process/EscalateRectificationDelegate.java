package org.onewindow.satisfaction.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.internal.RectificationWorkflow;
import org.springframework.stereotype.Component;

/** Every overdue timer (verification, rectification, call-back) leads here; which step is late follows from where the token is. */
@Component
public class EscalateRectificationDelegate implements JavaDelegate {

    private final RectificationWorkflow workflow;

    EscalateRectificationDelegate(RectificationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (BadReviewRectificationProcess.ACTIVITY_ESCALATE_CALL_BACK.equals(execution.getCurrentActivityId())) {
            workflow.escalateCallBack(execution.getProcessBusinessKey());
            return;
        }
        workflow.escalate(execution.getProcessBusinessKey(),
                BadReviewRectificationProcess.ACTIVITY_ESCALATE_VERIFICATION.equals(execution.getCurrentActivityId()));
    }
}
