package org.onewindow.satisfaction.internal;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.EvaluationStage;
import org.springframework.stereotype.Component;

/**
 * The one rule for a bad review that the closing's follow-up does not handle (a further evaluation from the provincial
 * platform, a bad evaluation of the acceptance): it starts the case's rectification unless the case already has one,
 * open or done, or a running rectification process. One rectification per case covers all its bad reviews.
 */
@Component
class BadReviews {

    private final RectificationStore rectifications;
    private final RuntimeService runtimeService;

    BadReviews(RectificationStore rectifications, RuntimeService runtimeService) {
        this.rectifications = rectifications;
        this.runtimeService = runtimeService;
    }

    /**
     * Starts the rectification of the case's bad review of this stage, in the caller's transaction; false when the
     * case has one already.
     */
    boolean rectify(String caseNumber, EvaluationStage stage) {
        if (rectifications.find(caseNumber).isPresent()
                || runtimeService.createProcessInstanceQuery().processDefinitionKey(BadReviewRectificationProcess.KEY)
                        .processInstanceBusinessKey(caseNumber).count() > 0) {
            return false;
        }
        runtimeService.startProcessInstanceByKey(BadReviewRectificationProcess.KEY, caseNumber,
                Map.of(BadReviewRectificationProcess.VAR_CASE_NUMBER, caseNumber,
                        BadReviewRectificationProcess.VAR_EVALUATION_STAGE, stage.name()));
        return true;
    }
}
