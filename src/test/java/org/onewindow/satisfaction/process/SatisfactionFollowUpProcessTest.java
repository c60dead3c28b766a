package org.onewindow.satisfaction.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.onewindow.satisfaction.SatisfactionFollowUpProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of {@code satisfactionFollowUp}; the delegates are mocks. A bad review calls the rectification. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { "processes/satisfaction-follow-up.bpmn", "processes/bad-review-rectification.bpmn" })
class SatisfactionFollowUpProcessTest {

    private static final String CASE_NUMBER = "OW-20261128-00042";
    private static final Date REMINDER = Date.from(Instant.parse("2026-12-02T15:59:59Z"));
    private static final Date EXPIRES = Date.from(Instant.parse("2026-12-13T08:00:00Z"));
    private SendSurveyInvitationDelegate invitation;

    @BeforeEach
    void registerBeans() {
        invitation = mock(SendSurveyInvitationDelegate.class);
        Mocks.register("sendSurveyInvitationDelegate", invitation);
        OpenRectificationDelegate open = mock(OpenRectificationDelegate.class);
        org.mockito.Mockito.doAnswer(call -> {
            org.camunda.bpm.engine.delegate.DelegateExecution execution = call.getArgument(0);
            execution.setVariable(org.onewindow.satisfaction.BadReviewRectificationProcess.VAR_DEPARTMENT_CODE, "HRSS");
            execution.setVariable(org.onewindow.satisfaction.BadReviewRectificationProcess.VAR_VERIFY_DUE_DATE,
                    REMINDER);
            return null;
        }).when(open).execute(any());
        Mocks.register("openRectificationDelegate", open);
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    @Test
    void invitationIsSentAsynchronouslySoThatTheClosingNeverWaitsForIt() throws Exception {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("service_task_send_invitation");
        execute(job(instance));
        verify(invitation).execute(any());
        assertThat(instance).isWaitingAt("receive_task_wait_for_survey");
    }

    @Test
    void failingClosingMessageBecomesAnIncidentOfTheFollowUpOnlyAndARetryResolvesIt() throws Exception {
        doThrow(new IllegalStateException("outbox unavailable")).when(invitation).execute(any());
        ProcessInstance instance = start();
        for (int attempt = 1; attempt <= 3; attempt++) {
            String jobId = job(instance).getId();
            assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("outbox unavailable");
        }
        assertThat(job(instance)).hasRetries(0);
        org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).singleResult().getActivityId())
                .isEqualTo("service_task_send_invitation");
        assertThat(instance).isWaitingAt("service_task_send_invitation");

        // Once the cause is gone, an administrator's retry (Cockpit, or setJobRetries) resolves the incident and the
        // follow-up goes on from the failed step: nothing is lost and nothing has to be started again by hand.
        org.mockito.Mockito.doNothing().when(invitation).execute(any());
        managementService().setJobRetries(job(instance).getId(), 1);
        org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).count()).isZero();
        execute(job(instance));
        assertThat(instance).isWaitingAt("receive_task_wait_for_survey");
    }

    @Test
    void answerGivenBeforeTheFirstStepDoesNotWaitForAnotherOne() throws Exception {
        answeredBeforeTheInvitation(false);
        ProcessInstance good = start();
        execute(job(good));
        assertThat(good).isEnded().hasPassed("gateway_answered_already", "end_event_good_review")
                .hasNotPassed("receive_task_wait_for_survey");
    }

    @Test
    void badAnswerGivenBeforeTheFirstStepGoesToRectification() throws Exception {
        answeredBeforeTheInvitation(true);
        ProcessInstance bad = start();
        execute(job(bad));
        assertThat(bad).isWaitingAt("call_activity_rectification").hasNotPassed("receive_task_wait_for_survey");
    }

    @Test
    void goodReviewByLink() {
        ProcessInstance instance = invited();
        answer(false);
        assertThat(instance).isEnded().hasPassed("end_event_good_review");
    }

    @Test
    void badReviewByLinkGoesToRectification() {
        ProcessInstance instance = invited();
        answer(true);
        assertThat(instance).isWaitingAt("call_activity_rectification");
        ProcessInstance rectification = calledProcessInstance(instance);
        assertThat(rectification).isWaitingAt("user_task_verify_bad_review");
        org.assertj.core.api.Assertions.assertThat(rectification.getBusinessKey()).isEqualTo(CASE_NUMBER);
    }

    @Test
    void followUpEndsWhenTheRectificationEnds() {
        ProcessInstance instance = invited();
        answer(true);
        ProcessInstance rectification = calledProcessInstance(instance);
        complete(task(rectification), withVariables("verdict", "APPEALED"));
        complete(task(rectification), withVariables("appealUpheld", true));
        assertThat(instance).isEnded().hasPassed("end_event_bad_review");
    }

    @Test
    void surveyThatExpiresBeforeAnyoneIsReachedEndsWithoutAnAnswer() {
        ProcessInstance instance = invited();
        execute(job(instance));
        assertThat(instance).isWaitingAt(TASK_PHONE_FOLLOW_UP);
        org.camunda.bpm.engine.runtime.Job expiry = job(instance);
        assertThat(expiry).hasDueDate(EXPIRES);
        execute(expiry);
        assertThat(instance).isEnded().hasPassed("end_event_survey_expired").hasNotPassed("gateway_bad_review");
    }

    @Test
    void noAnswerInTimeLeadsToAPhoneCallThatReachesTheCitizen() {
        ProcessInstance instance = invited();
        assertThat(job(instance)).hasDueDate(REMINDER);
        execute(job(instance));
        assertThat(instance).isWaitingAt(TASK_PHONE_FOLLOW_UP);
        assertThat(task(instance)).hasCandidateGroup("FOLLOW_UP");
        complete(task(instance), withVariables(VAR_REACHED, true, VAR_BAD_REVIEW, true));
        assertThat(instance).isWaitingAt("call_activity_rectification");
    }

    @Test
    void citizenWhoCannotBeReachedEndsTheFollowUp() {
        ProcessInstance instance = invited();
        execute(job(instance));
        complete(task(instance), withVariables(VAR_REACHED, false));
        assertThat(instance).isEnded().hasPassed("end_event_citizen_unreachable").hasNotPassed("gateway_bad_review");
    }

    @Test
    void answerByLinkWhileTheCallIsPendingEndsTheCall() {
        ProcessInstance instance = invited();
        execute(job(instance));
        assertThat(instance).isWaitingAt(TASK_PHONE_FOLLOW_UP);
        answer(false);
        assertThat(instance).isEnded().hasPassed("boundary_message_answered_meanwhile", "end_event_good_review");
    }

    private void answeredBeforeTheInvitation(boolean bad) throws Exception {
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable(VAR_ANSWERED_ALREADY, true);
            execution.setVariable(VAR_BAD_REVIEW, bad);
            return null;
        }).when(invitation).execute(any());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, CASE_NUMBER,
                Map.of("caseNumber", CASE_NUMBER, VAR_SURVEY_REMINDER_DATE, REMINDER, VAR_SURVEY_EXPIRES_AT, EXPIRES));
    }

    private ProcessInstance invited() {
        ProcessInstance instance = start();
        execute(job(instance));
        return instance;
    }

    private static void answer(boolean bad) {
        runtimeService().createMessageCorrelation(MESSAGE_SURVEY_ANSWERED).processInstanceBusinessKey(CASE_NUMBER)
                .setVariable(VAR_BAD_REVIEW, bad).correlateWithResult();
    }
}
