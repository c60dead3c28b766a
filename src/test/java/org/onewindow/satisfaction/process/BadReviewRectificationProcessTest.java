package org.onewindow.satisfaction.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.onewindow.satisfaction.BadReviewRectificationProcess.*;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of {@code badReviewRectification}; the delegates are mocks that set what the real ones set. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/bad-review-rectification.bpmn")
class BadReviewRectificationProcessTest {

    static final String CASE_NUMBER = "OW-20261128-00042";
    static final Date VERIFY_DUE = Date.from(Instant.parse("2026-12-01T15:59:59Z"));
    static final Date RECTIFY_DUE = Date.from(Instant.parse("2026-12-22T15:59:59Z"));
    static final Date SUPPLEMENT_UNTIL = Date.from(Instant.parse("2027-01-06T00:00:00Z"));

    static final Date CALL_BACK_DUE = Date.from(Instant.parse("2026-12-23T15:59:59Z"));

    private OpenRectificationDelegate open;
    private EscalateRectificationDelegate escalate;
    private FeedBackToCitizenDelegate feedBack;
    private OpenCallBackDelegate openCallBack;
    /** What the jurisdiction's rule says when the rectification opens; today's rule (no call-back) unless set. */
    private boolean callBackRequired;
    /** The case has a rectification already; null: the opening does not say (instances started before it did). */
    private Boolean alreadyRectifying;
    /** The citizen gets a supplementary review; null: the feedback does not say (instances started before it did). */
    private Boolean supplementaryReview;

    @BeforeEach
    void registerBeans() throws Exception {
        open = mock(OpenRectificationDelegate.class);
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            if (alreadyRectifying != null) {
                execution.setVariable(VAR_ALREADY_RECTIFYING, alreadyRectifying);
                if (alreadyRectifying) {
                    return null;
                }
            }
            execution.setVariable(VAR_DEPARTMENT_CODE, "HRSS");
            execution.setVariable(VAR_VERIFY_DUE_DATE, VERIFY_DUE);
            execution.setVariable(VAR_CALL_BACK_REQUIRED, callBackRequired);
            return null;
        }).when(open).execute(any());
        openCallBack = mock(OpenCallBackDelegate.class);
        doAnswer(call -> {
            ((DelegateExecution) call.getArgument(0)).setVariable(VAR_CALL_BACK_DUE_DATE, CALL_BACK_DUE);
            return null;
        }).when(openCallBack).execute(any());
        Mocks.register("openCallBackDelegate", openCallBack);
        escalate = mock(EscalateRectificationDelegate.class);
        feedBack = mock(FeedBackToCitizenDelegate.class);
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            if (supplementaryReview != null) {
                execution.setVariable(VAR_SUPPLEMENTARY_REVIEW, supplementaryReview);
            }
            if (!Boolean.FALSE.equals(supplementaryReview)) {
                execution.setVariable(VAR_SUPPLEMENTARY_REVIEW_DEADLINE, SUPPLEMENT_UNTIL);
            }
            return null;
        }).when(feedBack).execute(any());
        Mocks.register("openRectificationDelegate", open);
        Mocks.register("escalateRectificationDelegate", escalate);
        Mocks.register("feedBackToCitizenDelegate", feedBack);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    @Test
    void theLeadDepartmentVerifiesWithinItsDueDate() throws Exception {
        ProcessInstance instance = start();
        verify(open).execute(any());
        assertThat(instance).isWaitingAt(TASK_VERIFY);
        assertThat(task(instance)).hasCandidateGroup("HRSS").hasDueDate(VERIFY_DUE);
    }

    @Test
    void justifiedReviewIsRectifiedFedBackAndTheCitizenAddsASupplementaryReview() throws Exception {
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "JUSTIFIED", VAR_RECTIFY_DUE_DATE, RECTIFY_DUE));
        assertThat(instance).isWaitingAt(TASK_RECTIFY);
        assertThat(task(instance)).hasCandidateGroup("HRSS").hasDueDate(RECTIFY_DUE);
        complete(task(instance));
        verify(feedBack).execute(any());
        assertThat(instance).isWaitingAt("receive_task_supplementary_review");
        assertThat(job(instance)).hasDueDate(SUPPLEMENT_UNTIL);
        supplement();
        assertThat(instance).isEnded().hasPassed("end_event_supplementary_review_given");
    }

    @Test
    void reviewNotJustifiedIsExplainedToTheCitizenWithoutRectification() throws Exception {
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "NOT_JUSTIFIED"));
        verify(feedBack).execute(any());
        assertThat(instance).isWaitingAt("receive_task_supplementary_review").hasNotPassed(TASK_RECTIFY);
        execute(job(instance));
        assertThat(instance).isEnded().hasPassed("end_event_no_supplementary_review");
    }

    @Test
    void upheldAppealExcludesTheReviewAndEndsWithoutFeedback() throws Exception {
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "APPEALED"));
        assertThat(instance).isWaitingAt(TASK_DECIDE_APPEAL);
        assertThat(task(instance)).hasCandidateGroup("MANAGER");
        complete(task(instance), withVariables(VAR_APPEAL_UPHELD, true));
        assertThat(instance).isEnded().hasPassed("end_event_review_excluded").hasNotPassed(TASK_RECTIFY);
        verify(feedBack, never()).execute(any());
    }

    @Test
    void rejectedAppealSendsTheDepartmentToRectify() throws Exception {
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "APPEALED"));
        complete(task(instance), withVariables(VAR_APPEAL_UPHELD, false, VAR_RECTIFY_DUE_DATE, RECTIFY_DUE));
        assertThat(instance).isWaitingAt(TASK_RECTIFY);
        complete(task(instance));
        assertThat(instance).isWaitingAt("receive_task_supplementary_review");
    }

    @Test
    void overdueVerificationIsEscalatedAndStaysOpen() throws Exception {
        ProcessInstance instance = start();
        Job timer = job(instance);
        assertThat(timer).hasDueDate(VERIFY_DUE);
        execute(timer);
        verify(escalate).execute(any());
        assertThat(instance).hasPassed("end_event_verification_escalated").isWaitingAt(TASK_VERIFY);
        complete(task(instance), withVariables(VAR_VERDICT, "JUSTIFIED", VAR_RECTIFY_DUE_DATE, RECTIFY_DUE));
        assertThat(instance).isWaitingAt(TASK_RECTIFY);
    }

    @Test
    void overdueRectificationIsEscalatedAndStaysOpen() throws Exception {
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "JUSTIFIED", VAR_RECTIFY_DUE_DATE, RECTIFY_DUE));
        Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer).hasDueDate(RECTIFY_DUE);
        execute(timer);
        verify(escalate, times(1)).execute(any());
        assertThat(instance).hasPassed("end_event_rectification_escalated").isWaitingAt(TASK_RECTIFY);
    }

    @Test
    void withoutTheCallBackRuleNoCitizenIsCalledBack() throws Exception {
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "NOT_JUSTIFIED"));
        assertThat(instance).isWaitingAt("receive_task_supplementary_review")
                .hasPassed("gateway_call_back_after_feedback").hasNotPassed(ACTIVITY_OPEN_CALL_BACK);
        supplement();
        assertThat(instance).isEnded().hasNotPassed(TASK_CALL_BACK);
        verify(openCallBack, never()).execute(any());
    }

    @Test
    void withTheCallBackRuleFollowUpStaffCallTheCitizenBesideTheWaitForASupplementaryReview() throws Exception {
        callBackRequired = true;
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "JUSTIFIED", VAR_RECTIFY_DUE_DATE, RECTIFY_DUE));
        complete(task(instance));
        verify(feedBack).execute(any());
        verify(openCallBack).execute(any());
        assertThat(instance).isWaitingAt(TASK_CALL_BACK, "receive_task_supplementary_review");
        assertThat(task(TASK_CALL_BACK, instance)).hasCandidateGroup("FOLLOW_UP").hasDueDate(CALL_BACK_DUE);
        // The citizen adds a supplementary review before the call: the call is still to be made.
        supplement();
        assertThat(instance).isWaitingAt(TASK_CALL_BACK).hasPassed("end_event_supplementary_review_given");
        complete(task(TASK_CALL_BACK, instance));
        assertThat(instance).isEnded().hasPassed("end_event_called_back");
    }

    @Test
    void withTheCallBackRuleAReviewNotJustifiedIsCalledBackToo() throws Exception {
        callBackRequired = true;
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "NOT_JUSTIFIED"));
        assertThat(instance).isWaitingAt(TASK_CALL_BACK, "receive_task_supplementary_review");
        complete(task(TASK_CALL_BACK, instance));
        assertThat(instance).isWaitingAt("receive_task_supplementary_review").hasPassed("end_event_called_back");
        execute(managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult());
        assertThat(instance).isEnded().hasPassed("end_event_no_supplementary_review");
    }

    @Test
    void withTheCallBackRuleAnUpheldAppealIsExcludedAndTheCitizenCalledBack() throws Exception {
        callBackRequired = true;
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "APPEALED"));
        complete(task(instance), withVariables(VAR_APPEAL_UPHELD, true));
        assertThat(instance).hasPassed("end_event_review_excluded").isWaitingAt(TASK_CALL_BACK);
        verify(feedBack, never()).execute(any());
        complete(task(TASK_CALL_BACK, instance));
        assertThat(instance).isEnded().hasPassed("end_event_called_back");
    }

    @Test
    void overdueCallBackIsEscalatedAndStaysOpen() throws Exception {
        callBackRequired = true;
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "APPEALED"));
        complete(task(instance), withVariables(VAR_APPEAL_UPHELD, true));
        Job timer = job(instance);
        assertThat(timer).hasDueDate(CALL_BACK_DUE);
        execute(timer);
        verify(escalate).execute(any());
        assertThat(instance).hasPassed(ACTIVITY_ESCALATE_CALL_BACK, "end_event_call_back_escalated")
                .isWaitingAt(TASK_CALL_BACK);
        complete(task(TASK_CALL_BACK, instance));
        assertThat(instance).isEnded();
    }

    @Test
    void aBadReviewOfACaseWithARectificationAlreadyEndsAtOnce() throws Exception {
        // One rectification per case covers all its bad reviews: the closing's after the acceptance's ends here.
        alreadyRectifying = true;
        ProcessInstance instance = start();
        verify(open).execute(any());
        assertThat(instance).isEnded().hasPassed(END_ALREADY_RECTIFYING).hasNotPassed(TASK_VERIFY);
    }

    @Test
    void theFirstBadReviewOfACaseIsVerifiedWhenTheOpeningSaysSo() throws Exception {
        alreadyRectifying = false;
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt(TASK_VERIFY).hasNotPassed(END_ALREADY_RECTIFYING);
    }

    @Test
    void aBadReviewOfTheAcceptanceEndsAfterTheFeedbackWithoutASupplementaryReview() throws Exception {
        supplementaryReview = false;
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "JUSTIFIED", VAR_RECTIFY_DUE_DATE, RECTIFY_DUE));
        complete(task(instance));
        verify(feedBack).execute(any());
        assertThat(instance).isEnded().hasPassed(END_WITHOUT_SUPPLEMENTARY_REVIEW)
                .hasNotPassed("receive_task_supplementary_review");
    }

    @Test
    void aBadReviewOfTheAcceptanceNotJustifiedStillGetsItsCallBack() throws Exception {
        supplementaryReview = false;
        callBackRequired = true;
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "NOT_JUSTIFIED"));
        assertThat(instance).hasPassed(END_WITHOUT_SUPPLEMENTARY_REVIEW).isWaitingAt(TASK_CALL_BACK);
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("end_event_called_back");
    }

    @Test
    void aBadReviewOfTheClosingSaidToHaveASupplementaryReviewWaitsForIt() throws Exception {
        supplementaryReview = true;
        ProcessInstance instance = start();
        complete(task(instance), withVariables(VAR_VERDICT, "NOT_JUSTIFIED"));
        assertThat(instance).isWaitingAt("receive_task_supplementary_review")
                .hasNotPassed(END_WITHOUT_SUPPLEMENTARY_REVIEW);
        supplement();
        assertThat(instance).isEnded().hasPassed("end_event_supplementary_review_given");
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, CASE_NUMBER,
                java.util.Map.of(VAR_CASE_NUMBER, CASE_NUMBER));
    }

    private static void supplement() {
        runtimeService().createMessageCorrelation(MESSAGE_SUPPLEMENTARY_REVIEW_GIVEN)
                .processInstanceBusinessKey(CASE_NUMBER).correlateWithResult();
    }
}
