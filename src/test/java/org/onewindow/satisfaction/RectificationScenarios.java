package org.onewindow.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.notification.NotificationService;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Bad reviews from the citizen's answer to the feedback, through the services, on H2 and PostgreSQL. */
abstract class RectificationScenarios {

    @Autowired
    SatisfactionService satisfaction;
    @Autowired
    RectificationService rectifications;
    @Autowired
    NotificationService notifications;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    org.onewindow.casework.TaskInboxService inbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;
    @Autowired
    DirectoryService directory;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @AfterEach
    void resetClock() {
        clock.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void justifiedBadReviewIsRectifiedAndTheCitizensSupplementaryReviewAppearsOnTheCase() {
        String caseNumber = badReview();
        Instant openedAt = clock.instant();

        Rectification opened = staff.as("hrss.head", () -> rectifications.rectification(caseNumber));
        assertThat(opened.stage()).isEqualTo(RectificationStage.VERIFYING);
        assertThat(opened.departmentCode()).isEqualTo("HRSS");
        // The rectification keeps the item's names in both languages, copied from the invitation at its opening.
        assertThat(opened.serviceItemName(Translations.CHINESE)).isEqualTo("社会保障卡补换");
        assertThat(opened.serviceItemName(Translations.ENGLISH)).isEqualTo("Social security card application");
        assertThat(opened.verifyDueAt()).isEqualTo(calendar.deadline(openedAt, 1));
        // The screen offers the head the verification, and a manager reading along nothing to do.
        assertThat(opened.mayVerify()).isTrue();
        assertThat(opened.mayRectify()).isFalse();
        assertThat(staff.as("manager", () -> rectifications.rectification(caseNumber)))
                .returns(false, Rectification::mayVerify).returns(false, Rectification::mayDecideAppeal);
        assertThat(opened.reviews()).singleElement().satisfies(review -> {
            assertThat(review.overall()).isEqualTo(Rating.VERY_DISSATISFIED);
            assertThat(review.channel()).isEqualTo(AnswerChannel.LINK);
        });
        assertThat(staff.as("hrss.head", () -> rectifications.openRectifications()))
                .extracting(Rectification::caseNumber).contains(caseNumber);
        assertThat(staff.as("amr.head", () -> rectifications.openRectifications()))
                .extracting(Rectification::caseNumber).doesNotContain(caseNumber);

        // Only the head of the lead department verifies; a clear message for what is missing.
        assertThatThrownBy(() -> staff.run("hrss.worker",
                () -> rectifications.verify(caseNumber, new Verification(Verdict.JUSTIFIED,
                        "Called.", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                () -> staff.run("amr.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.JUSTIFIED,
                        "Called.", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("hrss.head",
                () -> rectifications.verify(caseNumber, new Verification(Verdict.JUSTIFIED,
                        " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThatThrownBy(() -> staff.run("hrss.head",
                () -> rectifications.rectify(caseNumber, new RectificationMeasures("Too early."))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("waiting for verification");
        // The same from a screen in Chinese.
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThatThrownBy(() -> staff.run("hrss.head",
                () -> rectifications.rectify(caseNumber, new RectificationMeasures("Too early."))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("办件" + caseNumber + "的差评正在等待核实，当前不能办理此环节。");
        assertThatThrownBy(() -> staff.run("hrss.head",
                () -> rectifications.verify(caseNumber, new Verification(Verdict.JUSTIFIED,
                        " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("note", "请记录群众的陈述和核实情况。"));
        LocaleContextHolder.resetLocaleContext();

        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.JUSTIFIED,
                "Called Ms Sun: the checklist she got at the window was out of date.", null)));
        Rectification verified = staff.as("hrss.head", () -> rectifications.rectification(caseNumber));
        assertThat(verified.stage()).isEqualTo(RectificationStage.RECTIFYING);
        assertThat(verified.verifiedBy()).isEqualTo("hrss.head");
        assertThat(verified.rectifyDueAt()).isEqualTo(calendar.deadline(openedAt, 15));
        assertThat(verified).returns(false, Rectification::mayVerify).returns(true, Rectification::mayRectify);

        clock.advance(Duration.ofDays(16)); // the first link has expired by the time the rectification is done
        Instant rectifiedFrom = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        staff.run("hrss.head", () -> rectifications.rectify(caseNumber,
                new RectificationMeasures(
                        "Checklists for HRSS-001 updated at all windows; staff briefed on 3 December.")));
        Rectification fedBack = staff.as("hrss.head", () -> rectifications.rectification(caseNumber));
        assertThat(fedBack.stage()).isEqualTo(RectificationStage.FED_BACK);
        assertThat(fedBack.fedBackAt()).isBetween(rectifiedFrom, clock.instant());
        // Sun Hua takes messages in Chinese; what the head wrote goes out as written.
        assertThat(notifications.messagesOfCase(caseNumber))
                .filteredOn(m -> m.purpose().equals("RECTIFICATION_FEEDBACK"))
                .singleElement().satisfies(m -> assertThat(m.body())
                        .startsWith("【县政务服务中心】关于您对办件" + caseNumber + "的评价，我们已完成整改：Checklists for "
                                + "HRSS-001 updated at all windows; staff briefed on 3 December.您可在")
                        .containsPattern("您可在\\d{4}年\\d{1,2}月\\d{1,2}日前对本次整改进行追评：http\\S+/survey/"));

        // The feedback's new link opens the supplementary review, once.
        String supplementLink = fixtures.latestLink(caseNumber);
        assertThat(satisfaction.open(supplementLink).answered()).isTrue();
        satisfaction.supplement(supplementLink,
                new SupplementaryReview(Rating.SATISFIED, "Thank you for calling back, it is fixed now."));
        assertThatThrownBy(
                () -> satisfaction.supplement(supplementLink, new SupplementaryReview(Rating.SATISFIED, "Again")))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        assertThat(fixtures.ended(caseNumber, BadReviewRectificationProcess.KEY))
                .isEqualTo("end_event_supplementary_review_given");
        assertThat(fixtures.ended(caseNumber, SatisfactionFollowUpProcess.KEY)).isEqualTo("end_event_bad_review");

        assertThat(staff.as("hrss.head", () -> rectifications.reviewsOf(caseNumber)))
                .extracting(CitizenReview::overall, CitizenReview::supplementary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rating.VERY_DISSATISFIED, false),
                        org.assertj.core.groups.Tuple.tuple(Rating.SATISFIED, true));
    }

    @Test
    void aBadReviewsAnswersAreShownOnlyToFollowUpManagersAndTheHeadsHandlingIt() {
        String caseNumber = badReview();
        assertThat(staff.as("followup", () -> rectifications.reviewsOf(caseNumber))).hasSize(1);
        assertThat(staff.as("manager", () -> rectifications.reviewsOf(caseNumber))).hasSize(1);
        assertThat(staff.as("hrss.head", () -> rectifications.maySeeReviews(caseNumber))).as("the handler").isTrue();
        assertThat(staff.as("hrss.head", () -> rectifications.reviewsOf(caseNumber))).hasSize(1);
        // The department's workers, other heads, the front desk that served the citizen: aggregates only.
        for (String other : new String[] { "hrss.worker", "amr.head", "frontdesk", "frontdesk2", "admin" }) {
            assertThat(staff.as(other, () -> rectifications.maySeeReviews(caseNumber))).as(other).isFalse();
            assertThatThrownBy(() -> staff.run(other, () -> rectifications.reviewsOf(caseNumber)))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rectifications.maySeeReviews(caseNumber)).as("nobody signed in").isFalse();
        assertThatThrownBy(() -> staff.run("amr.head", () -> rectifications.rectification(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);
        // The verification is the head's, on the Bad reviews screen: it never shows in the department's case queue.
        assertThat(staff.as("hrss.head", () -> inbox.departmentQueue(
                new org.onewindow.casework.InboxFilter(caseNumber, null, false),
                new org.onewindow.shared.PageRequest(0, 10))))
                .isEmpty();
    }

    @Test
    void aGoodReviewsAnswersAreForFollowUpAndManagersOnlyNotForTheLeadDepartmentsHead() {
        String caseNumber = fixtures.closedCase();
        satisfaction.submit(fixtures.invite(caseNumber),
                fixtures.answers(EvaluationChannel.SMS, Rating.VERY_SATISFIED, 1),
                AnswerChannel.LINK);
        assertThat(staff.as("followup", () -> rectifications.maySeeReviews(caseNumber))).isTrue();
        assertThat(staff.as("manager", () -> rectifications.reviewsOf(caseNumber))).singleElement()
                .satisfies(review -> assertThat(review.overall()).isEqualTo(Rating.VERY_SATISFIED));
        // No bad review, nothing to handle: the head of the department that did the work sees no single answer.
        for (String other : new String[] { "hrss.head", "hrss.worker", "amr.head", "frontdesk", "frontdesk2" }) {
            assertThat(staff.as(other, () -> rectifications.maySeeReviews(caseNumber))).as(other).isFalse();
            assertThatThrownBy(() -> staff.run(other, () -> rectifications.reviewsOf(caseNumber)))
                    .as(other).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void visibleReviewsOfSeveralCasesFollowTheSameRulePerCase() {
        String bad = badReview();
        String good = fixtures.closedCase();
        satisfaction.submit(fixtures.invite(good), fixtures.answers(EvaluationChannel.SMS, Rating.SATISFIED, 1),
                AnswerChannel.LINK);
        String unanswered = fixtures.closedCase();
        java.util.List<String> cases = java.util.List.of(bad, good, unanswered);

        assertThat(staff.as("manager", () -> rectifications.visibleReviewsOf(cases))).containsOnlyKeys(bad, good);
        assertThat(staff.as("followup", () -> rectifications.visibleReviewsOf(cases))).containsOnlyKeys(bad, good);
        assertThat(staff.as("hrss.head", () -> rectifications.visibleReviewsOf(cases))).containsOnlyKeys(bad)
                .hasEntrySatisfying(bad, reviews -> assertThat(reviews).singleElement()
                        .satisfies(review -> assertThat(review.overall()).isEqualTo(Rating.VERY_DISSATISFIED)));
        for (String other : new String[] { "hrss.worker", "amr.head", "frontdesk" }) {
            assertThat(staff.as(other, () -> rectifications.visibleReviewsOf(cases))).as(other).isEmpty();
        }
    }

    @Test
    void openRectificationsOfCasesTellWhereTheHandlingStandsWithoutWhatWasSaid() {
        String bad = badReview();
        String good = fixtures.closedCase();
        java.util.List<String> cases = java.util.List.of(bad, good);
        for (String reader : new String[] { "frontdesk", "hrss.worker", "amr.head", "followup", "manager" }) {
            assertThat(staff.as(reader, () -> rectifications.openRectificationsOf(cases))).as(reader).singleElement()
                    .satisfies(summary -> {
                        assertThat(summary.caseNumber()).isEqualTo(bad);
                        assertThat(summary.departmentCode()).isEqualTo("HRSS");
                        assertThat(summary.stage()).isEqualTo(RectificationStage.VERIFYING);
                        assertThat(summary.dueAt()).isEqualTo(calendar.deadline(summary.openedAt(), 1));
                        assertThat(summary.overdue()).isFalse();
                    });
        }
        assertThatThrownBy(() -> staff.run("admin", () -> rectifications.openRectificationsOf(cases)))
                .isInstanceOf(AccessDeniedException.class);

        staff.run("hrss.head",
                () -> rectifications.verify(bad, new Verification(Verdict.NOT_JUSTIFIED, "Explained the rule.", null)));
        assertThat(staff.as("frontdesk", () -> rectifications.openRectificationsOf(cases))).as("fed back").isEmpty();
        assertThat(staff.as("hrss.head", () -> rectifications.maySeeReviews(bad))).as("still the handler").isTrue();
    }

    @Test
    void reviewNotJustifiedIsExplainedToTheCitizen() {
        String caseNumber = badReview(Locale.ENGLISH);
        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.NOT_JUSTIFIED,
                "The law requires the second visit for the photo; explained to Ms Sun, who accepted it.", null)));
        Rectification fedBack = staff.as("hrss.head", () -> rectifications.rectification(caseNumber));
        assertThat(fedBack.stage()).isEqualTo(RectificationStage.FED_BACK);
        assertThat(fedBack.verdict()).isEqualTo(Verdict.NOT_JUSTIFIED);
        assertThat(fedBack.rectifyDueAt()).isNull();
        assertThat(notifications.messagesOfCase(caseNumber))
                .filteredOn(m -> m.purpose().equals("RECTIFICATION_FEEDBACK"))
                .singleElement().satisfies(m -> assertThat(m.body())
                        .startsWith("[County Service Hall] About your review of case " + caseNumber
                                + ", we looked into it: The law requires the second visit")
                        .containsPattern("You can tell us what you think now until [A-Z][a-z]{2} \\d{1,2}, \\d{4}: "
                                + "http\\S+/survey/"));

        fixtures.fireTimer(caseNumber, BadReviewRectificationProcess.KEY); // the link expires without a supplement
        assertThat(fixtures.ended(caseNumber, BadReviewRectificationProcess.KEY))
                .isEqualTo("end_event_no_supplementary_review");
    }

    @Test
    void upheldAppealExcludesTheReviewFromStatisticsWithTheReasonKept() {
        String caseNumber = badReview();
        assertThatThrownBy(() -> staff.run("hrss.head",
                () -> rectifications.verify(caseNumber, new Verification(Verdict.APPEALED,
                        "He rated us down because we would not skip the queue for him.", null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("appealGround"));
        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.APPEALED,
                "He rated us down because we would not skip the queue for him.", AppealGround.MALICIOUS)));
        assertThat(staff.as("hrss.head", () -> rectifications.rectification(caseNumber)))
                .returns(RectificationStage.APPEALED, Rectification::stage)
                .returns(false, Rectification::mayDecideAppeal);
        assertThat(staff.as("manager", () -> rectifications.rectification(caseNumber)).mayDecideAppeal()).isTrue();

        assertThatThrownBy(() -> staff.run("hrss.head",
                () -> rectifications.decideAppeal(caseNumber, true, new AppealDecision("Mine."))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                () -> staff.run("manager", () -> rectifications.decideAppeal(caseNumber, true, new AppealDecision(""))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("decisionNote"));
        staff.run("manager", () -> rectifications.decideAppeal(caseNumber, true,
                new AppealDecision("Recording of the window confirms the citizen demanded to skip the queue.")));

        Rectification excluded = staff.as("manager", () -> rectifications.rectification(caseNumber));
        assertThat(excluded.stage()).isEqualTo(RectificationStage.EXCLUDED);
        assertThat(excluded.appeal().upheld()).isTrue();
        assertThat(excluded.appeal().ground()).isEqualTo(AppealGround.MALICIOUS);
        assertThat(excluded.appeal().decidedBy()).isEqualTo("manager");
        assertThat(excluded.reviews()).singleElement().satisfies(review -> assertThat(review.exclusionReason())
                .isEqualTo("Recording of the window confirms the citizen demanded to skip the queue."));
        assertThat(jdbc.sql("select count(*) from sat_response where case_number = :n and exclusion_reason is null")
                .param("n", caseNumber).query(Long.class).single()).isZero();
        assertThat(fixtures.ended(caseNumber, BadReviewRectificationProcess.KEY))
                .isEqualTo("end_event_review_excluded");
        assertThatThrownBy(() -> staff.run("manager",
                () -> rectifications.decideAppeal(caseNumber, false, new AppealDecision("Again."))))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void rejectedAppealSendsTheDepartmentToRectify() {
        String caseNumber = badReview();
        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.APPEALED,
                "She pressed the wrong button, she says.", AppealGround.MISTAKEN)));
        clock.advance(Duration.ofDays(1));
        Instant decidedAt = clock.instant();
        staff.run("manager", () -> rectifications.decideAppeal(caseNumber, false,
                new AppealDecision("Her comment describes a real delay; not a mistake.")));
        Rectification rectifying = staff.as("hrss.head", () -> rectifications.rectification(caseNumber));
        assertThat(rectifying.stage()).isEqualTo(RectificationStage.RECTIFYING);
        assertThat(rectifying.appeal().upheld()).isFalse();
        assertThat(rectifying.rectifyDueAt()).isEqualTo(calendar.deadline(decidedAt, 15));
        assertThat(jdbc.sql("select count(*) from sat_response where case_number = :n and exclusion_reason is not null")
                .param("n", caseNumber).query(Long.class).single()).isZero();
    }

    @Test
    void overdueVerificationIsEscalatedToTheManagersEachInTheirLanguage() {
        // The timer's job runs outside any screen's request: nothing but the manager's choice picks the language.
        String caseNumber = badReview();
        Locale managersLanguage = directory.staff("manager").map(StaffMember::language).orElseThrow();
        try {
            directory.preferLanguage("manager", Translations.CHINESE);
            fixtures.fireTimer(caseNumber, BadReviewRectificationProcess.KEY);
            Rectification escalated = staff.as("manager", () -> rectifications.rectification(caseNumber));
            assertThat(escalated.verifyEscalatedAt()).isNotNull();
            assertThat(escalated.stage()).isEqualTo(RectificationStage.VERIFYING);
            assertThat(escalations(caseNumber)).singleElement().satisfies(m -> {
                assertThat(m.recipient()).isEqualTo("manager@hall.example.gov.cn");
                assertThat(m.subject()).isEqualTo("差评核实超期：办件" + caseNumber);
                assertThat(m.body()).startsWith("人力资源和社会保障局承办的办件" + caseNumber + "（社会保障卡补换）差评核实已超期");
            });
            assertThat(staff.as("manager", () -> rectifications.openRectifications()))
                    .filteredOn(r -> r.caseNumber().equals(caseNumber)).singleElement()
                    .satisfies(r -> assertThat(r.overdue(clock.instant().plus(Duration.ofDays(3)))).isTrue());

            // The manager switched their screens to English meanwhile: the next e-mail is in English.
            directory.preferLanguage("manager", Translations.ENGLISH);
            staff.run("hrss.head", () -> rectifications.verify(caseNumber,
                    new Verification(Verdict.JUSTIFIED, "Called; she is right.", null)));
            fixtures.fireTimer(caseNumber, BadReviewRectificationProcess.KEY);
            assertThat(staff.as("manager", () -> rectifications.rectification(caseNumber)).rectifyEscalatedAt())
                    .isNotNull();
            assertThat(escalations(caseNumber)).hasSize(2).last().satisfies(m -> {
                assertThat(m.subject()).isEqualTo("Overdue bad-review rectification: case " + caseNumber);
                assertThat(m.body()).isEqualTo("The rectification of the bad review of case " + caseNumber
                        + " (Social security card application) by Human Resources and Social Security Bureau"
                        + " is overdue. Open Bad reviews in OneWindow to follow it up.");
            });
        } finally {
            directory.preferLanguage("manager", managersLanguage);
        }
    }

    @Test
    void theHeadHandlingABadReviewAndFollowUpStaffMayHaveTheCitizensNumberShownAndEachLookIsKept() {
        String caseNumber = badReview(); // HRSS leads; the citizen gave 13698765432

        assertThat(staff.as("hrss.head", () -> rectifications.rectification(caseNumber)).mayRevealMobile()).isTrue();
        assertThat(staff.as("hrss.head", () -> rectifications.revealMobile(caseNumber))).isEqualTo("13698765432");
        assertThat(staff.as("followup", () -> rectifications.rectification(caseNumber)).mayRevealMobile()).isTrue();
        assertThat(staff.as("followup", () -> rectifications.revealMobile(caseNumber))).isEqualTo("13698765432");

        // Another department's head, the lead department's worker and a manager are not calling the citizen.
        assertThat(staff.as("manager", () -> rectifications.rectification(caseNumber)).mayRevealMobile()).isFalse();
        assertThatThrownBy(() -> staff.run("amr.head", () -> rectifications.revealMobile(caseNumber)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Only the heads of the department handling the "
                        + "bad review of " + caseNumber
                        + ", and follow-up staff, may see the mobile number of the citizen.");
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> rectifications.revealMobile(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("manager", () -> rectifications.revealMobile(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(staff.as("manager", () -> rectifications.mobileReveals(caseNumber)))
                .extracting(MobileReveal::revealedTo).containsExactly("followup", "hrss.head");
        assertThatThrownBy(() -> staff.run("amr.head", () -> rectifications.mobileReveals(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);

        // Once the review is handled, nobody calls about it any more.
        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.NOT_JUSTIFIED,
                "Called; a misunderstanding.", null)));
        assertThat(staff.as("hrss.head", () -> rectifications.rectification(caseNumber)).mayRevealMobile()).isFalse();
        assertThatThrownBy(() -> staff.run("hrss.head", () -> rectifications.revealMobile(caseNumber)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("was handled already");
        assertThat(jdbc.sql("select count(*) from sat_mobile_reveal where case_number = :n").param("n", caseNumber)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void underTodaysRulesABadReviewEndsWithoutACallBack() {
        String caseNumber = badReview();
        assertThat(runtime.getVariable(rectificationProcess(caseNumber),
                BadReviewRectificationProcess.VAR_CALL_BACK_REQUIRED)).isEqualTo(false);
        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.NOT_JUSTIFIED,
                "Called; a misunderstanding.", null)));

        Rectification fedBack = staff.as("followup", () -> rectifications.rectification(caseNumber));
        assertThat(fedBack.callBack()).isNull();
        assertThat(fedBack.mayCallBack()).isFalse();
        assertThatThrownBy(() -> staff.run("followup", () -> rectifications.recordCallBack(caseNumber,
                new CallBack(true, "She is content."))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("has no call-back waiting");
        assertThat(callBacks(caseNumber)).isZero();
    }

    @Test
    void whereTheJurisdictionRequiresItFollowUpStaffCallTheCitizenBackBeforeTheReviewIsClosed() {
        String caseNumber = badReview();
        requireCallBack(caseNumber);
        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.JUSTIFIED,
                "Called; she is right.", null)));
        Instant fedBackFrom = clock.instant();
        staff.run("hrss.head", () -> rectifications.rectify(caseNumber,
                new RectificationMeasures("Checklists updated at all windows.")));

        Rectification due = staff.as("followup", () -> rectifications.rectification(caseNumber));
        assertThat(due.stage()).isEqualTo(RectificationStage.FED_BACK);
        assertThat(due.callBackPending()).isTrue();
        // Due within the working days the jurisdiction gives to verify a bad review (today's: 1).
        assertThat(due.callBack().dueAt()).isEqualTo(calendar.deadline(fedBackFrom, 1));
        assertThat(due.dueAt()).isEqualTo(due.callBack().dueAt());
        assertThat(due.mayCallBack()).isTrue();
        assertThat(due.mayRevealMobile()).isTrue(); // follow-up staff call the number given for the case
        assertThat(staff.as("followup", () -> rectifications.revealMobile(caseNumber))).isEqualTo("13698765432");
        assertThat(staff.as("hrss.head", () -> rectifications.rectification(caseNumber)).mayCallBack()).isFalse();
        // Until the call is made, the review is among the open ones, not the finished ones.
        assertThat(staff.as("followup", () -> rectifications.openRectifications()))
                .extracting(Rectification::caseNumber).contains(caseNumber);
        assertThat(staff.as("followup", () -> rectifications.finishedRectifications(500)))
                .extracting(Rectification::caseNumber).doesNotContain(caseNumber);

        // Only follow-up staff call back; a clear message for what is missing, and nothing saved then.
        assertThatThrownBy(() -> staff.run("hrss.head", () -> rectifications.recordCallBack(caseNumber,
                new CallBack(true, "Fine."))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("followup", () -> rectifications.recordCallBack(caseNumber,
                new CallBack(null, " "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reached", "Say whether you reached the citizen.")
                        .containsKey("citizenSaid"));
        assertThatThrownBy(() -> staff.run("followup", () -> rectifications.recordCallBack(caseNumber,
                new CallBack(false, "x".repeat(CallBack.MAX_CITIZEN_SAID_LENGTH + 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("citizenSaid"));
        assertThat(staff.as("followup", () -> rectifications.rectification(caseNumber)).callBackPending()).isTrue();

        staff.run("followup", () -> rectifications.recordCallBack(caseNumber,
                new CallBack(true, " Content with the new checklist. ")));
        Rectification called = staff.as("manager", () -> rectifications.rectification(caseNumber));
        assertThat(called.callBack()).satisfies(callBack -> {
            assertThat(callBack.pending()).isFalse();
            assertThat(callBack.reached()).isTrue();
            assertThat(callBack.citizenSaid()).isEqualTo("Content with the new checklist.");
            assertThat(callBack.calledBy()).isEqualTo("followup");
        });
        assertThat(called.mayCallBack()).isFalse();
        assertThat(staff.as("followup", () -> rectifications.finishedRectifications(500)))
                .extracting(Rectification::caseNumber).contains(caseNumber);
        assertThatThrownBy(() -> staff.run("followup", () -> rectifications.recordCallBack(caseNumber,
                new CallBack(false, "Again."))))
                .isInstanceOf(BusinessRuleException.class);
        // The citizen may still add the supplementary review; the call-back did not end that wait.
        assertThat(runtime.createExecutionQuery().processInstanceId(rectificationProcess(caseNumber))
                .activityId("receive_task_supplementary_review").count()).isEqualTo(1);
    }

    @Test
    void whereTheJurisdictionRequiresItAnUpheldAppealIsCalledBackAndAnOverdueCallEscalated() {
        String caseNumber = badReview();
        requireCallBack(caseNumber);
        staff.run("hrss.head", () -> rectifications.verify(caseNumber, new Verification(Verdict.APPEALED,
                "The citizen rated the wrong case.", AppealGround.MISTAKEN)));
        staff.run("manager", () -> rectifications.decideAppeal(caseNumber, true,
                new AppealDecision("Checked the recording: another case.")));
        Rectification excluded = staff.as("followup", () -> rectifications.rectification(caseNumber));
        assertThat(excluded.stage()).isEqualTo(RectificationStage.EXCLUDED);
        assertThat(excluded.callBackPending()).isTrue();

        fixtures.fireTimer(caseNumber, BadReviewRectificationProcess.KEY);
        assertThat(staff.as("followup", () -> rectifications.rectification(caseNumber)).callBack().escalatedAt())
                .isNotNull();
        assertThat(escalations(caseNumber)).isNotEmpty().allSatisfy(
                m -> assertThat(m.subject()).isIn("差评回访超期：办件" + caseNumber,
                        "Overdue bad-review call-back: case " + caseNumber));

        staff.run("followup", () -> rectifications.recordCallBack(caseNumber,
                new CallBack(false, "No answer at 10:00 and 15:00; SMS sent.")));
        assertThat(fixtures.ended(caseNumber, BadReviewRectificationProcess.KEY)).isEqualTo("end_event_called_back");
        assertThat(staff.as("followup", () -> rectifications.rectification(caseNumber)).callBack().reached())
                .isFalse();
    }

    /**
     * This jurisdiction requires call-backs. The rule is read once, when the handling of the bad review starts, and
     * kept in the process; the test changes what was read instead of starting a second application context.
     */
    private void requireCallBack(String caseNumber) {
        runtime.setVariable(rectificationProcess(caseNumber), BadReviewRectificationProcess.VAR_CALL_BACK_REQUIRED,
                true);
    }

    private String rectificationProcess(String caseNumber) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(BadReviewRectificationProcess.KEY).singleResult().getId();
    }

    private long callBacks(String caseNumber) {
        return jdbc.sql("select count(*) from sat_call_back where case_number = :n").param("n", caseNumber)
                .query(Long.class).single();
    }

    private java.util.List<org.onewindow.notification.OutboxMessage> escalations(String caseNumber) {
        return notifications.messagesOfCase(caseNumber).stream()
                .filter(m -> m.purpose().equals("RECTIFICATION_ESCALATED")).toList();
    }

    private String badReview() {
        return badReview(Locale.CHINESE);
    }

    /** A bad review of a citizen who takes messages in the given language. */
    private String badReview(Locale language) {
        String caseNumber = language.getLanguage().equals("en") ? fixtures.closedCaseInEnglish()
                : fixtures.closedCase();
        satisfaction.submit(fixtures.invite(caseNumber),
                fixtures.poorAnswers(EvaluationChannel.SMS, Rating.VERY_DISSATISFIED),
                AnswerChannel.LINK);
        return caseNumber;
    }
}
