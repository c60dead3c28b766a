package org.onewindow.satisfaction.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.internal.RectificationWorkflow;
import org.springframework.stereotype.Component;

/** Tells the citizen the outcome and keeps the supplementary review open as long as the new link lives. */
@Component
public class FeedBackToCitizenDelegate implements JavaDelegate {

    private final RectificationWorkflow workflow;

    FeedBackToCitizenDelegate(RectificationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(BadReviewRectificationProcess.VAR_SUPPLEMENTARY_REVIEW_DEADLINE,
                Date.from(workflow.feedBack(execution.getProcessBusinessKey())));
    }
}
