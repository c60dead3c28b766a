package org.onewindow.satisfaction.process;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.internal.RectificationWorkflow;
import org.springframework.stereotype.Component;

/**
 * Opens the rectification record and gives the verification step its department and due date; notes whether the
 * jurisdiction requires a call-back at the end. When the case has a rectification already, notes that instead, and
 * the process ends.
 */
@Component
public class OpenRectificationDelegate implements JavaDelegate {

    private final RectificationWorkflow workflow;

    OpenRectificationDelegate(RectificationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object stage = execution.getVariable(BadReviewRectificationProcess.VAR_EVALUATION_STAGE);
        Optional<Rectification> opened = workflow.open(execution.getProcessBusinessKey(),
                stage == null ? EvaluationStage.CLOSING : EvaluationStage.valueOf(stage.toString()));
        // One rectification per case covers all its bad reviews: a later one (the closing's after the acceptance's)
        // ends here.
        execution.setVariable(BadReviewRectificationProcess.VAR_ALREADY_RECTIFYING, opened.isEmpty());
        if (opened.isEmpty()) {
            return;
        }
        Rectification rectification = opened.get();
        execution.setVariable(BadReviewRectificationProcess.VAR_DEPARTMENT_CODE, rectification.departmentCode());
        execution.setVariable(BadReviewRectificationProcess.VAR_VERIFY_DUE_DATE,
                Date.from(rectification.verifyDueAt()));
        execution.setVariable(BadReviewRectificationProcess.VAR_CALL_BACK_REQUIRED, workflow.callBackRequired());
    }
}
