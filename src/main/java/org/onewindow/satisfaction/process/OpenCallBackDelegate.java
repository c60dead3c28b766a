package org.onewindow.satisfaction.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.internal.RectificationWorkflow;
import org.springframework.stereotype.Component;

/** Opens the call-back of a bad review and gives the follow-up staff's step its due date. */
@Component
public class OpenCallBackDelegate implements JavaDelegate {

    private final RectificationWorkflow workflow;

    OpenCallBackDelegate(RectificationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(BadReviewRectificationProcess.VAR_CALL_BACK_DUE_DATE,
                Date.from(workflow.openCallBack(execution.getProcessBusinessKey())));
    }
}
