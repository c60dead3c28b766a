package org.onewindow.satisfaction.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.internal.RectificationWorkflow;
import org.springframework.stereotype.Component;

/**
 * Opens the rectification record and gives the verification step its department and due date; notes whether the
 * jurisdiction requires a call-back at the end.
 */
@Component
public class OpenRectificationDelegate implements JavaDelegate {

    private final RectificationWorkflow workflow;

    OpenRectificationDelegate(RectificationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Rectification rectification = workflow.open(execution.getProcessBusinessKey());
        execution.setVariable(BadReviewRectificationProcess.VAR_DEPARTMENT_CODE, rectification.departmentCode());
        execution.setVariable(BadReviewRectificationProcess.VAR_VERIFY_DUE_DATE,
                Date.from(rectification.verifyDueAt()));
        execution.setVariable(BadReviewRectificationProcess.VAR_CALL_BACK_REQUIRED, workflow.callBackRequired());
    }
}
