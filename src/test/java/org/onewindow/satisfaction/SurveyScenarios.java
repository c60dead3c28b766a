package org.onewindow.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.notification.NotificationService;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.support.Journeys;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The survey of a closed case, end to end through the services, on H2 and PostgreSQL. */
abstract class SurveyScenarios {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{22})");

    @Autowired SatisfactionService satisfaction;
    @Autowired NotificationService notifications;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired Staff staff;
    @Autowired Journeys journeys;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void citizenAnswersOnceThroughTheLinkFromTheSms() {
        String caseNumber = closedCase();
        String token = invite(caseNumber);

        SurveyInvitation invitation = satisfaction.open(token);
        assertThat(invitation.caseNumber()).isEqualTo(caseNumber);
        assertThat(invitation.serviceItemName()).isEqualTo("Social security card application");
        assertThatThrownBy(() -> satisfaction.submit(token, answers(Rating.SATISFIED, null), AnswerChannel.LINK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("visits"));

        satisfaction.submit(token, answers(Rating.SATISFIED, 1), AnswerChannel.LINK);

        assertThat(jdbc.sql("select overall, visits, channel from sat_response where case_number = :n")
                .param("n", caseNumber).query((rs, i) -> rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getString(3))
                .single()).isEqualTo("4/1/LINK");
        assertThat(satisfaction.open(token).answered()).isTrue();
        assertThatThrownBy(() -> satisfaction.submit(token, answers(Rating.VERY_DISSATISFIED, 1), AnswerChannel.LINK))
                .isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        assertThat(ended(caseNumber)).isEqualTo("end_event_good_review");

        // One supplementary review, beside the first answers which stay as they were.
        assertThatThrownBy(() -> satisfaction.supplement(token, Rating.SATISFIED, " "))
                .isInstanceOf(InvalidInputException.class);
        satisfaction.supplement(token, Rating.DISSATISFIED, "The card stopped working after a week.");
        assertThat(jdbc.sql("select overall, supplementary from sat_response where case_number = :n order by id")
                .param("n", caseNumber).query((rs, i) -> rs.getInt(1) + "/" + rs.getBoolean(2)).list())
                .containsExactly("4/false", "2/true");
        assertThatThrownBy(() -> satisfaction.supplement(token, Rating.VERY_DISSATISFIED, "Again"))
                .isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        assertThatThrownBy(() -> satisfaction.open(token)).isInstanceOfSatisfying(SurveyUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.USED));
    }

    @Test
    void citizenGetsOneSmsThatTheCaseIsClosedWithTheSurveyLinkInIt() {
        String caseNumber = closedCase();
        assertThat(notifications.messagesOfCase(caseNumber)).extracting(message -> message.purpose())
                .containsExactly("CASE_ACCEPTED");
        String token = invite(caseNumber);
        assertThat(notifications.messagesOfCase(caseNumber)).extracting(message -> message.purpose())
                .containsExactly("CASE_ACCEPTED", "CASE_CLOSED");
        assertThat(notifications.messagesOfCase(caseNumber).get(1).body())
                .startsWith("[County Service Hall] Case " + caseNumber + " (Social security card application) is closed: approved.")
                .endsWith("/survey/" + token);
    }

    @Test
    void badReviewIsRecognised() {
        String caseNumber = closedCase();
        satisfaction.submit(invite(caseNumber), answers(Rating.VERY_DISSATISFIED, 3), AnswerChannel.LINK);
        assertThat(ended(caseNumber)).isEqualTo("end_event_bad_review");
    }

    @Test
    void unknownGuessedExpiredAndStaffAreRefused() {
        String caseNumber = closedCase();
        String token = invite(caseNumber);
        assertThatThrownBy(() -> satisfaction.open("AAAAAAAAAAAAAAAAAAAAAA"))
                .isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN));
        assertThatThrownBy(() -> satisfaction.open(null)).isInstanceOf(SurveyUnavailableException.class);
        assertThatThrownBy(() -> staff.run("frontdesk", () -> satisfaction.submit(token,
                answers(Rating.VERY_SATISFIED, 1), AnswerChannel.LINK)))
                .isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STAFF));
        assertThat(jdbc.sql("select token_hash from sat_invitation where case_number = :n").param("n", caseNumber)
                .query(String.class).single()).doesNotContain(token).hasSize(64);

        assertThatThrownBy(() -> satisfaction.supplement(token, Rating.SATISFIED, "Too early"))
                .isInstanceOf(org.onewindow.shared.BusinessRuleException.class).hasMessageContaining("Answer the survey first");
        clock.advance(Duration.ofDays(16));
        assertThatThrownBy(() -> satisfaction.open(token))
                .isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
    }

    @Test
    void withoutAnAnswerFollowUpStaffCallAndRecordTheAnswersOrThatNobodyAnswered() {
        String answered = closedCase();
        invite(answered);
        fireReminder(answered);
        assertThat(staff.as("followup", () -> satisfaction.pendingPhoneCalls())).anySatisfy(call -> {
            assertThat(call.caseNumber()).isEqualTo(answered);
            assertThat(call.mobile()).isEqualTo("13698765432");
        });
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> satisfaction.pendingPhoneCalls()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("frontdesk", () -> satisfaction.recordByPhone(answered,
                answers(Rating.VERY_SATISFIED, 1)))).isInstanceOf(AccessDeniedException.class);
        staff.run("followup", () -> satisfaction.recordByPhone(answered, answers(Rating.DISSATISFIED, 2)));
        assertThat(ended(answered)).isEqualTo("end_event_bad_review");
        assertThat(jdbc.sql("select channel || '/' || recorded_by from sat_response where case_number = :n")
                .param("n", answered).query(String.class).single()).isEqualTo("PHONE/followup");

        String silent = closedCase();
        invite(silent);
        fireReminder(silent);
        assertThat(staff.as("followup", () -> satisfaction.recordUnreachableAttempt(silent))).isEqualTo(1);
        assertThat(staff.as("followup", () -> satisfaction.recordUnreachableAttempt(silent))).isEqualTo(2);
        assertThat(staff.as("followup", () -> satisfaction.recordUnreachableAttempt(silent))).isEqualTo(3);
        assertThat(ended(silent)).isEqualTo("end_event_citizen_unreachable");
    }

    // --- helpers

    String closedCase() {
        return journeys.closedSocialSecurityCard("110101199003074477", "Sun Hua", "13698765432");
    }

    /** Runs the asynchronous invitation step and reads the token from the SMS in the outbox. */
    String invite(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        String sms = notifications.messagesOfCase(caseNumber).stream()
                .filter(message -> message.purpose().equals("CASE_CLOSED")).reduce((first, last) -> last)
                .orElseThrow().body();
        Matcher matcher = LINK.matcher(sms);
        assertThat(matcher.find()).as("a survey link in: %s", sms).isTrue();
        return matcher.group(1);
    }

    void fireReminder(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
    }

    String ended(String caseNumber) {
        var instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult();
        assertThat(instance.getEndTime()).as("follow-up of %s ended", caseNumber).isNotNull();
        return instance.getEndActivityId();
    }

    static SurveyAnswers answers(Rating overall, Integer visits) {
        return new SurveyAnswers(overall, 4, 5, 3, 4, 4, visits, "Quick and friendly.");
    }
}
