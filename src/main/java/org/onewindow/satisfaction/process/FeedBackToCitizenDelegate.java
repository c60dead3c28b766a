package org.onewindow.satisfaction.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.internal.RectificationWorkflow;
import org.springframework.stereotype.Component;

/**
 * Tells the citizen the outcome and keeps the supplementary review open as long as the new link lives; notes when
 * there is none (a bad evaluation of the acceptance).
 */
@Component
public class FeedBackToCitizenDelegate implements JavaDelegate {

    private final RectificationWorkflow workflow;

    FeedBackToCitizenDelegate(RectificationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant deadline = workflow.feedBack(execution.getProcessBusinessKey());
        // No supplementary review after a bad evaluation of the acceptance: the process ends after the feedback.
        execution.setVariable(BadReviewRectificationProcess.VAR_SUPPLEMENTARY_REVIEW, deadline != null);
        if (deadline != null) {
            execution.setVariable(BadReviewRectificationProcess.VAR_SUPPLEMENTARY_REVIEW_DEADLINE, Date.from(deadline));
        }
    }
}
