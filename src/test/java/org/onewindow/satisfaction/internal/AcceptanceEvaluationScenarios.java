package org.onewindow.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.intake.CaseAccepted;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationMeasures;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.satisfaction.Verification;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.onewindow.satisfaction.SatisfactionProperties;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.support.Journeys;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 一事多评 on H2 and PostgreSQL: under today's rules only the closing is evaluated; where the jurisdiction evaluates
 * the acceptance too, the acceptance invites the citizen, and each stage has its own invitation, answered once,
 * the closing's working as always.
 */
abstract class AcceptanceEvaluationScenarios {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{22})");

    @Autowired
    IndicatorSetService indicatorSets;
    @Autowired
    Journeys journeys;
    @Autowired
    SatisfactionService satisfaction;
    @Autowired
    NotificationService notifications;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    Invitations invitations;
    @Autowired
    SurveyStore store;
    @Autowired
    SurveyLinks links;
    @Autowired
    CaseRecordService cases;
    @Autowired
    CaseContactService contacts;
    @Autowired
    SatisfactionProperties properties;
    @Autowired
    Clock hallClock;
    @Autowired
    JurisdictionRules rules;
    @Autowired
    RectificationService rectifications;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Staff staff;

    @Test
    void underTodaysRulesTheAcceptanceInvitesNobody() {
        assertThat(rules.evaluateAtAcceptance()).isFalse();
        String caseNumber = journeys.socialSecurityCardAwaitingReview(); // accepted at the window

        assertThat(invitations(caseNumber, EvaluationStage.ACCEPTANCE)).isZero();
        assertThat(notifications.messagesOfCase(caseNumber))
                .noneMatch(m -> m.purpose().equals(AcceptanceEvaluations.ACCEPTANCE_MESSAGE));
        // Nothing to rectify either: only the closing's bad review would start a rectification.
        assertThat(rectificationsOf(caseNumber)).isZero();
    }

    @Test
    void aBadEvaluationOfTheAcceptanceIsRectifiedAndCoversTheCasesLaterBadReviews() {
        String caseNumber = journeys.socialSecurityCardAwaitingReview();
        accepted(caseNumber);
        String acceptanceLink = token(notifications.messagesOfCase(caseNumber).stream()
                .filter(m -> m.purpose().equals(AcceptanceEvaluations.ACCEPTANCE_MESSAGE)).findFirst().orElseThrow());
        Instant answeredAt = clock.instant();
        satisfaction.submit(acceptanceLink, answers(Rating.VERY_DISSATISFIED), AnswerChannel.LINK);

        // Every bad review starts rectification: the acceptance's at once, with the jurisdiction's deadlines, for
        // the head of the lead department.
        assertThat(rectificationsOf(caseNumber)).isOne();
        Rectification opened = staff.as("hrss.head", () -> rectifications.rectification(caseNumber));
        assertThat(opened.stage()).isEqualTo(RectificationStage.VERIFYING);
        assertThat(opened.departmentCode()).isEqualTo("HRSS");
        assertThat(opened.serviceItemName(Translations.CHINESE)).isEqualTo("社会保障卡补换");
        assertThat(opened.verifyDueAt()).isEqualTo(calendar.deadline(answeredAt, rules.verifyWorkingDays()));
        assertThat(opened.mayVerify()).isTrue();
        assertThat(opened.reviews()).singleElement()
                .satisfies(review -> assertThat(review.overall()).isEqualTo(Rating.VERY_DISSATISFIED));
        // The case is not closed: the rectification has the acceptance's invitation and no closing time.
        assertThat(jdbc.sql("select i.stage from sat_rectification r join sat_invitation i on i.id = r.invitation_id "
                + "where r.case_number = :n and r.closed_at is null").param("n", caseNumber).query(String.class)
                .single()).isEqualTo("ACCEPTANCE");
        // The list of /bad-reviews shows it to the head, not to another department's.
        assertThat(staff.as("hrss.head", () -> rectifications.openRectifications()))
                .extracting(Rectification::caseNumber).contains(caseNumber);
        assertThat(staff.as("amr.head", () -> rectifications.openRectifications()))
                .extracting(Rectification::caseNumber).doesNotContain(caseNumber);

        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.JUSTIFIED,
                "Called Ms Sun: she waited an hour at the window.", null)));
        Rectification verified = staff.as("hrss.head", () -> rectifications.rectification(caseNumber));
        assertThat(verified.stage()).isEqualTo(RectificationStage.RECTIFYING);
        assertThat(verified.rectifyDueAt()).isEqualTo(calendar.deadline(answeredAt, rules.rectifyWorkingDays()));
        staff.run("hrss.head", () -> rectifications.rectify(caseNumber,
                new RectificationMeasures("A second window opens for card cases at busy hours.")));

        // Fed back without a supplementary review (the acceptance is evaluated once; the closing's evaluation is
        // the citizen's next say): no link, and the process ends.
        assertThat(staff.as("hrss.head", () -> rectifications.rectification(caseNumber)).stage())
                .isEqualTo(RectificationStage.FED_BACK);
        assertThat(notifications.messagesOfCase(caseNumber))
                .filteredOn(m -> m.purpose().equals("RECTIFICATION_FEEDBACK")).singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("【县政务服务中心】关于您对办件" + caseNumber
                        + "受理环节的评价，我们已完成整改：A second window opens for card cases at busy hours.办结后您可再次评价。"));
        assertThat(runningRectifications(caseNumber)).isZero();

        // A later bad review of the closing opens no second rectification: one rectification per case covers all
        // its bad reviews, so the follow-up's rectification ends at once and the fed-back one stays as it was.
        journeys.carryToClosed(caseNumber, "frontdesk2");
        String closingLink = inviteToTheClosing(caseNumber);
        satisfaction.submit(closingLink, answers(Rating.DISSATISFIED), AnswerChannel.LINK);
        assertThat(rectificationsOf(caseNumber)).isOne();
        assertThat(runningRectifications(caseNumber)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).count()).isZero();
        Rectification after = staff.as("hrss.head", () -> rectifications.rectification(caseNumber));
        assertThat(after.stage()).isEqualTo(RectificationStage.FED_BACK);
        assertThat(after.reviews()).extracting(CitizenReview::overall)
                .containsExactly(Rating.VERY_DISSATISFIED, Rating.DISSATISFIED);
        assertThat(notifications.messagesOfCase(caseNumber))
                .filteredOn(m -> m.purpose().equals("RECTIFICATION_FEEDBACK")).hasSize(1);
    }

    @Test
    void whereTheAcceptanceIsEvaluatedEachStageHasItsOwnInvitationAnsweredOnce() {
        String caseNumber = journeys.socialSecurityCardAwaitingReview();
        accepted(caseNumber);

        // The citizen (Chinese, the default) gets the invitation to evaluate the acceptance by SMS.
        OutboxMessage sms = notifications.messagesOfCase(caseNumber).stream()
                .filter(m -> m.purpose().equals(AcceptanceEvaluations.ACCEPTANCE_MESSAGE)).findFirst().orElseThrow();
        assertThat(sms.body()).startsWith("【县政务服务中心】您的办件" + caseNumber + "（社会保障卡补换）已受理。");
        String acceptanceLink = token(sms);
        SurveyInvitation acceptance = satisfaction.open(acceptanceLink);
        assertThat(acceptance.stage()).isEqualTo(EvaluationStage.ACCEPTANCE);
        assertThat(acceptance.closedAt()).isNull();
        // A repeated event creates nothing more.
        accepted(caseNumber);
        assertThat(invitations(caseNumber, EvaluationStage.ACCEPTANCE)).isOne();

        satisfaction.submit(acceptanceLink, answers(Rating.DISSATISFIED), AnswerChannel.LINK);
        assertThatThrownBy(() -> satisfaction.submit(acceptanceLink, answers(Rating.SATISFIED), AnswerChannel.LINK))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        assertThatThrownBy(() -> satisfaction.open(acceptanceLink)).isInstanceOf(SurveyUnavailableException.class);
        // The acceptance's answer is not the case's survey: that is the closing's.
        assertThat(satisfaction.rating(caseNumber)).isEmpty();

        journeys.carryToClosed(caseNumber, "frontdesk2");
        String closingLink = inviteToTheClosing(caseNumber);
        SurveyInvitation closing = satisfaction.open(closingLink);
        assertThat(closing.stage()).isEqualTo(EvaluationStage.CLOSING);
        assertThat(closing.answered()).isFalse();
        assertThat(closing.closedAt()).isNotNull();
        satisfaction.submit(closingLink, answers(Rating.VERY_SATISFIED), AnswerChannel.LINK);

        assertThat(satisfaction.rating(caseNumber)).contains(Rating.VERY_SATISFIED);
        assertThat(invitations(caseNumber, EvaluationStage.ACCEPTANCE)).isOne();
        assertThat(invitations(caseNumber, EvaluationStage.CLOSING)).isOne();
        assertThat(jdbc.sql("select stage, overall from sat_response where case_number = :n order by stage")
                .param("n", caseNumber).query((rs, i) -> rs.getString(1) + "=" + rs.getInt(2)).list())
                .containsExactly("ACCEPTANCE=2", "CLOSING=5");
        // The good closing review ends the follow-up; the acceptance's answer moved nothing there.
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).count()).isZero();
    }

    @Test
    void anAcceptanceIsEvaluatedWithinTheEvaluationPeriodOnly() {
        String caseNumber = journeys.socialSecurityCardAwaitingReview();
        accepted(caseNumber);
        String link = token(notifications.messagesOfCase(caseNumber).stream()
                .filter(m -> m.purpose().equals(AcceptanceEvaluations.ACCEPTANCE_MESSAGE)).findFirst().orElseThrow());
        try {
            clock.advance(rules.evaluationPeriod().plus(Duration.ofMinutes(1)));
            assertThatThrownBy(() -> satisfaction.submit(link, answers(Rating.SATISFIED), AnswerChannel.LINK))
                    .isInstanceOfSatisfying(SurveyUnavailableException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
        } finally {
            clock.reset();
        }
    }

    /**
     * The case's acceptance as this module hears it, where the jurisdiction evaluates the acceptance: the listener
     * with that rule, in a transaction as the acceptance's, instead of a second application context.
     */
    private void accepted(String caseNumber) {
        AcceptanceEvaluations evaluateAtAcceptance = new AcceptanceEvaluations(
                new JurisdictionRules(1, 15, false, rules.evaluationPeriod(), true), invitations, store, links,
                cases, contacts, notifications, properties, hallClock);
        transactions.executeWithoutResult(status -> evaluateAtAcceptance
                .on(new CaseAccepted(caseNumber, "HRSS-001", "HRSS", clock.instant(), "frontdesk")));
    }

    private String inviteToTheClosing(String caseNumber) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        List<OutboxMessage> closing = notifications.messagesOfCase(caseNumber).stream()
                .filter(m -> m.purpose().equals(DefaultSatisfactionService.CLOSING_MESSAGE)).toList();
        assertThat(closing).hasSize(1);
        return token(closing.get(0));
    }

    private long rectificationsOf(String caseNumber) {
        return jdbc.sql("select count(*) from sat_rectification where case_number = :n").param("n", caseNumber)
                .query(Long.class).single();
    }

    private long runningRectifications(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(BadReviewRectificationProcess.KEY).count();
    }

    private long invitations(String caseNumber, EvaluationStage stage) {
        return jdbc.sql("select count(*) from sat_invitation where case_number = :n and stage = :stage")
                .param("n", caseNumber).param("stage", stage.name()).query(Long.class).single();
    }

    private static String token(OutboxMessage message) {
        Matcher matcher = LINK.matcher(message.body());
        assertThat(matcher.find()).as("a survey link in %s", message.body()).isTrue();
        return matcher.group(1);
    }

    /** Answers to the SMS link's questionnaire, as an acceptance's link of a window case asks it. */
    private SurveyAnswers answers(Rating overall) {
        IndicatorSet set = indicatorSets.current(EvaluationChannel.SMS);
        java.util.Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        set.indicators().forEach(indicator -> scores.put(indicator.code(), 4));
        return SurveyAnswers.of(set, overall, scores, 1, "At the window.");
    }
}
