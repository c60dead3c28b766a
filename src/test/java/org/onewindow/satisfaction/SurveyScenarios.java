package org.onewindow.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.notification.NotificationService;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Journeys;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The survey of a closed case, end to end through the services, on H2 and PostgreSQL. */
abstract class SurveyScenarios {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{22})");

    @Autowired
    SatisfactionService satisfaction;
    @Autowired
    ResultNoticeService notices;
    @Autowired
    NotificationService notifications;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    Journeys journeys;
    @Autowired
    org.onewindow.intake.CaseRegistrationService intake;
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    void transactions(org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void citizenAnswersOnceThroughTheLinkFromTheSms() {
        String caseNumber = closedCase();
        String token = invite(caseNumber);

        SurveyInvitation invitation = satisfaction.open(token);
        assertThat(invitation.caseNumber()).isEqualTo(caseNumber);
        assertThat(invitation.serviceItemName()).isEqualTo("社会保障卡补换");
        assertThatThrownBy(() -> satisfaction.submit(token, answers(Rating.SATISFIED, null), AnswerChannel.LINK))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("visits"));

        satisfaction.submit(token, answers(Rating.SATISFIED, 1), AnswerChannel.LINK);

        assertThat(jdbc.sql("select overall, visits, channel, delivered_by from sat_response where case_number = :n")
                .param("n", caseNumber).query((rs, i) -> rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getString(3)
                        + "/" + rs.getString(4))
                .single()).isEqualTo("4/1/LINK/frontdesk2");
        assertThat(jdbc.sql("select delivered_by from sat_invitation where case_number = :n").param("n", caseNumber)
                .query(String.class).single()).isEqualTo("frontdesk2");
        assertThat(satisfaction.open(token).answered()).isTrue();
        assertThatThrownBy(() -> satisfaction.submit(token, answers(Rating.VERY_DISSATISFIED, 1), AnswerChannel.LINK))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        assertThat(ended(caseNumber)).isEqualTo("end_event_good_review");

        // One supplementary review, beside the first answers which stay as they were.
        assertThatThrownBy(() -> satisfaction.supplement(token, new SupplementaryReview(Rating.SATISFIED, " ")))
                .isInstanceOf(InvalidInputException.class);
        satisfaction.supplement(token,
                new SupplementaryReview(Rating.DISSATISFIED, "The card stopped working after a week."));
        assertThat(jdbc.sql("select overall, supplementary from sat_response where case_number = :n order by id")
                .param("n", caseNumber).query((rs, i) -> rs.getInt(1) + "/" + rs.getBoolean(2)).list())
                .containsExactly("4/false", "2/true");
        assertThatThrownBy(
                () -> satisfaction.supplement(token, new SupplementaryReview(Rating.VERY_DISSATISFIED, "Again")))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USED));
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
        // In Chinese, unless the citizen asked for English at the window.
        assertThat(notifications.messagesOfCase(caseNumber).get(1).body())
                .startsWith("【县政务服务中心】您办理的“社会保障卡补换”（办件编号" + caseNumber
                        + "）已办结，办理结果为准予办理。诚邀您用1分钟对本次服务进行评价：")
                .endsWith("/survey/" + token);

        String english = fixtures.closedCaseInEnglish();
        String englishToken = invite(english);
        assertThat(notifications.messagesOfCase(english)).filteredOn(message -> message.purpose().equals("CASE_CLOSED"))
                .singleElement().satisfies(message -> assertThat(message.body())
                        .startsWith("[County Service Hall] Case " + english
                                + " (Social security card application) is closed: approved. How did we do? Tell us in 1 minute: ")
                        .endsWith("/survey/" + englishToken));
    }

    @Test
    void citizenAndStaffReadTheServicesMessagesInTheLanguageOfTheirScreen() {
        String caseNumber = closedCase();
        String token = invite(caseNumber);

        // Outside a screen's request (jobs, these tests) the messages are in English, as they always were.
        assertThatThrownBy(() -> satisfaction.open("AAAAAAAAAAAAAAAAAAAAAA"))
                .hasMessage("This survey link is not valid. Please check it.");
        assertThatThrownBy(() -> satisfaction.submit(token, answers(null, 30), AnswerChannel.LINK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("overall", "Choose how satisfied you are overall.")
                        .containsEntry("visits", "Say how many times you came to the hall for this (1 to 20)."));

        // A page in Chinese: the session makes Chinese the language of its requests (SessionLocale).
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThatThrownBy(() -> satisfaction.open("AAAAAAAAAAAAAAAAAAAAAA")).hasMessage("评价链接无效，请核对。");
        assertThatThrownBy(() -> satisfaction.submit(token, answers(null, 30), AnswerChannel.LINK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("overall", "请选择总体评价。").containsEntry("visits", "请填写跑动次数（1到20次）。"));
        assertThatThrownBy(() -> satisfaction.supplement(token, new SupplementaryReview(Rating.SATISFIED, "Too early")))
                .hasMessage("请先完成评价，追评是对评价的补充。");
        satisfaction.submit(token, answers(Rating.SATISFIED, 1), AnswerChannel.LINK);
        assertThatThrownBy(() -> satisfaction.submit(token, answers(Rating.SATISFIED, 1), AnswerChannel.LINK))
                .hasMessage("您已评价过，谢谢！");
    }

    @Test
    void badReviewIsRecognised() {
        String caseNumber = closedCase();
        satisfaction.submit(invite(caseNumber), answers(Rating.VERY_DISSATISFIED, 3), AnswerChannel.LINK);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(BadReviewRectificationProcess.KEY).count()).isOne();
    }

    @Test
    void unknownGuessedExpiredAndStaffAreRefused() {
        String caseNumber = closedCase();
        String token = invite(caseNumber);
        assertThatThrownBy(() -> satisfaction.open("AAAAAAAAAAAAAAAAAAAAAA"))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN));
        assertThatThrownBy(() -> satisfaction.open(null)).isInstanceOf(SurveyUnavailableException.class);
        assertThatThrownBy(() -> staff.run("frontdesk", () -> satisfaction.submit(token,
                answers(Rating.VERY_SATISFIED, 1), AnswerChannel.LINK)))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.STAFF));
        assertThat(
                jdbc.sql("select t.token_hash from sat_survey_token t join sat_invitation i on i.id = t.invitation_id "
                        + "where i.case_number = :n").param("n", caseNumber).query(String.class).single())
                .doesNotContain(token).hasSize(64);

        assertThatThrownBy(() -> satisfaction.supplement(token, new SupplementaryReview(Rating.SATISFIED, "Too early")))
                .isInstanceOf(org.onewindow.shared.BusinessRuleException.class)
                .hasMessageContaining("Answer the survey first");
        clock.advance(Duration.ofDays(16));
        assertThatThrownBy(() -> satisfaction.open(token))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
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
                fixtures.answers(EvaluationChannel.PHONE, Rating.VERY_SATISFIED, 1))))
                .isInstanceOf(AccessDeniedException.class);
        staff.run("followup", () -> satisfaction.recordByPhone(answered,
                fixtures.answers(EvaluationChannel.PHONE, Rating.DISSATISFIED, 2)));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(answered)
                .processDefinitionKey(BadReviewRectificationProcess.KEY).count()).isOne();
        assertThat(jdbc.sql("select channel || '/' || recorded_by from sat_response where case_number = :n")
                .param("n", answered).query(String.class).single()).isEqualTo("PHONE/followup");

        String silent = closedCase();
        invite(silent);
        fireReminder(silent);
        assertThat(staff.as("followup", () -> satisfaction.recordUnreachableAttempt(silent))).isEqualTo(1);
        assertThat(staff.as("followup", () -> satisfaction.recordUnreachableAttempt(silent))).isEqualTo(2);
        assertThat(staff.as("followup", () -> satisfaction.recordUnreachableAttempt(silent))).isEqualTo(3);
        assertThat(ended(silent)).isEqualTo("end_event_citizen_unreachable");
        assertThat(jdbc.sql(
                "select called_by || '/' || case when reached then 'true' else 'false' end from sat_phone_attempt where case_number in (:a, :s) "
                        + "order by id")
                .param("a", answered).param("s", silent).query(String.class).list())
                .containsExactly("followup/true", "followup/false", "followup/false", "followup/false");
    }

    @Test
    void resultNoticePrintedBeforeTheFollowUpStartsHasItsOwnLinkToTheSameSingleUseSurvey() {
        String caseNumber = closedCase();
        // Printed at the window right after the delivery, before the follow-up's first step ran.
        ResultNotice notice = staff.as("frontdesk2", () -> notices.resultNotice(caseNumber));
        assertThat(notice.serviceItemName()).isEqualTo("社会保障卡补换");
        assertThat(notice.leadDepartmentCode()).isEqualTo("HRSS");
        assertThat(notice.outcome()).isEqualTo(org.onewindow.intake.Outcome.APPROVED);
        String noticeToken = token(notice.surveyUrl());
        assertThat(satisfaction.open(noticeToken).caseNumber()).isEqualTo(caseNumber);

        String smsToken = invite(caseNumber);
        assertThat(smsToken).isNotEqualTo(noticeToken);
        assertThat(tokenKinds(caseNumber)).containsExactly("NOTICE", "LINK");
        assertThat(satisfaction.open(smsToken).expiresAt()).isEqualTo(notice.surveyExpiresAt());

        satisfaction.submit(noticeToken, windowAnswers(Rating.VERY_SATISFIED, 1), AnswerChannel.LINK);
        assertThat(satisfaction.open(smsToken).answered()).isTrue();
        assertThatThrownBy(() -> satisfaction.submit(smsToken, answers(Rating.DISSATISFIED, 1), AnswerChannel.LINK))
                .isInstanceOfSatisfying(SurveyUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.USED);
                    assertThat(e.getMessage()).contains("already answered");
                });
        assertThat(jdbc.sql("select count(*) from sat_response where case_number = :n").param("n", caseNumber)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(ended(caseNumber)).isEqualTo("end_event_good_review");
    }

    @Test
    void resultNoticeNamesTheItemAndTheDepartmentInTheCitizensLanguageNotTheClerks() {
        // The clerk's screen is in Chinese; Emma Clark chose English for her case.
        LocaleContextHolder.setLocale(Translations.CHINESE);
        String english = fixtures.closedCaseInEnglish();
        ResultNotice forEmma = staff.as("frontdesk2", () -> notices.resultNotice(english));
        assertThat(forEmma.language()).isEqualTo(Translations.ENGLISH);
        assertThat(forEmma.serviceItemName()).isEqualTo("Social security card application");
        assertThat(forEmma.leadDepartmentName()).isEqualTo("Human Resources and Social Security Bureau");

        // And the reverse: an English screen printing the notice of a citizen who reads Chinese.
        LocaleContextHolder.setLocale(Translations.ENGLISH);
        String chinese = closedCase();
        ResultNotice forSun = staff.as("frontdesk2", () -> notices.resultNotice(chinese));
        assertThat(forSun.language()).isEqualTo(Translations.CHINESE);
        assertThat(forSun.serviceItemName()).isEqualTo("社会保障卡补换");
        assertThat(forSun.leadDepartmentName()).isEqualTo("人力资源和社会保障局");
    }

    @Test
    void invitationKeepsTheItemsEnglishNameItselfForTheSurveyInEnglish() {
        String caseNumber = fixtures.closedCaseInEnglish();
        String token = invite(caseNumber);

        // The survey reads the invitation's own copy, made when the invitation was: not intake's case row.
        assertThat(jdbc.sql("select service_item_name_en from sat_invitation where case_number = :n")
                .param("n", caseNumber).query(String.class).single()).isEqualTo("Social security card application");
        jdbc.sql("update intake_case set service_item_name_en = 'Renamed in intake' where case_number = :n")
                .param("n", caseNumber).update();
        SurveyInvitation invitation = satisfaction.open(token);
        assertThat(invitation.serviceItemName(Translations.ENGLISH)).isEqualTo("Social security card application");
        assertThat(invitation.serviceItemName(Translations.CHINESE)).isEqualTo("社会保障卡补换");
    }

    @Test
    void answerWithTheNoticeBeforeTheFollowUpsFirstStepEndsTheFollowUpWithoutWaiting() {
        String caseNumber = closedCase();
        String noticeToken = token(staff.as("frontdesk2", () -> notices.resultNotice(caseNumber)).surveyUrl());
        satisfaction.submit(noticeToken, windowAnswers(Rating.VERY_DISSATISFIED, 2), AnswerChannel.LINK);

        runFirstStep(caseNumber);

        // Straight to the rectification, without waiting for an answer that came already.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(BadReviewRectificationProcess.KEY).count()).isOne();
        // The closing SMS still goes out, without asking for the survey the citizen already answered.
        assertThat(notifications.messagesOfCase(caseNumber))
                .filteredOn(message -> message.purpose().equals("CASE_CLOSED"))
                .singleElement().satisfies(message -> assertThat(message.body()).contains("已办结，办理结果为准予办理。",
                        "感谢您对我们服务的评价。").doesNotContain("/survey/"));
        assertThat(tokenKinds(caseNumber)).containsExactly("NOTICE");
    }

    @Test
    void failedFirstStepIsRetriedWithoutTroubleAfterTheNoticeWasPrinted() {
        String caseNumber = closedCase();
        ResultNotice notice = staff.as("frontdesk2", () -> notices.resultNotice(caseNumber));
        // A first run that fails after creating the invitation, as a job that meets a broken outbox: its
        // transaction rolls back, the job is retried.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            satisfaction.invite(caseNumber);
            throw new IllegalStateException("outbox unavailable");
        })).hasMessage("outbox unavailable");
        assertThat(tokenKinds(caseNumber)).containsExactly("NOTICE");
        assertThat(notifications.messagesOfCase(caseNumber)).extracting(message -> message.purpose())
                .doesNotContain("CASE_CLOSED");

        String smsToken = invite(caseNumber);

        assertThat(tokenKinds(caseNumber)).containsExactly("NOTICE", "LINK");
        assertThat(notifications.messagesOfCase(caseNumber)).extracting(message -> message.purpose())
                .containsOnlyOnce("CASE_CLOSED");
        satisfaction.submit(smsToken, answers(Rating.SATISFIED, 1), AnswerChannel.LINK);
        assertThatThrownBy(() -> satisfaction.submit(token(notice.surveyUrl()), windowAnswers(Rating.SATISFIED, 1),
                AnswerChannel.LINK)).isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USED));
    }

    @Test
    void noticePrintedWhileTheFirstStepCreatesTheInvitationUsesThatInvitation() throws Exception {
        String caseNumber = closedCase();
        java.util.concurrent.ExecutorService window = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<ResultNotice> print = transactions.execute(status -> {
                // The follow-up's first step has inserted the invitation and not committed yet...
                jdbc.sql("""
                        insert into sat_invitation (case_number, service_item_code, service_item_name,
                            lead_department_code, closed_at, created_at, expires_at, status)
                        select case_number, service_item_code, service_item_name, lead_department_code, closed_at,
                            closed_at, closed_at, 'OPEN' from intake_case where case_number = :n""")
                        .param("n", caseNumber).update();
                // ...when the window prints the notice: its insert waits for the first one, then gives way.
                java.util.concurrent.Future<ResultNotice> pending = window.submit(
                        () -> staff.as("frontdesk2", () -> notices.resultNotice(caseNumber)));
                await("the notice waits for the invitation being created").during(Duration.ofMillis(500))
                        .atMost(Duration.ofSeconds(5)).until(() -> !pending.isDone());
                return pending;
            });
            ResultNotice notice = print.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(notice.caseNumber()).isEqualTo(caseNumber);
        } finally {
            window.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from sat_invitation where case_number = :n").param("n", caseNumber)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(tokenKinds(caseNumber)).containsExactly("NOTICE");
    }

    @Test
    void resultNoticeOnlyForClosedCasesAndOnlyForTheFrontDeskAndManagers() {
        String caseNumber = closedCase();
        assertThat(staff.as("manager", () -> notices.resultNotice(caseNumber)).caseNumber()).isEqualTo(caseNumber);
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> notices.resultNotice(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notices.resultNotice(caseNumber)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> staff.run("frontdesk", () -> notices.resultNotice("OW-19990101-00001")))
                .isInstanceOf(org.onewindow.shared.NotFoundException.class);

        String open = staff.as("frontdesk", () -> intake.register(org.onewindow.intake.CaseRegistration.of(
                org.onewindow.intake.IdType.RESIDENT_ID, "110101199003074477", "Sun Hua", "13698765432", "HRSS-001",
                java.util.List.of("Resident ID card"), null, org.onewindow.intake.Channel.WINDOW))).caseNumber();
        assertThatThrownBy(() -> staff.run("frontdesk", () -> notices.resultNotice(open)))
                .isInstanceOf(org.onewindow.shared.BusinessRuleException.class)
                .hasMessage("Case " + open + " is not closed yet (it is IN_REVIEW): the result notice and the survey "
                        + "come once the result was delivered.");
        assertThat(jdbc.sql("select count(*) from sat_invitation where case_number = :n").param("n", open)
                .query(Long.class).single()).isZero();
    }

    @Test
    void openingTheNoticeAgainMakesNoNewSurveyLinkOnlyItsPrintAtTheDeliveryDoes() {
        String caseNumber = closedCase(); // delivered by frontdesk2

        // A colleague at another window and a manager open it before it was printed: no link for them.
        for (String other : new String[] { "frontdesk", "manager" }) {
            ResultNotice seen = staff.as(other, () -> notices.resultNotice(caseNumber));
            assertThat(seen.hasSurveyLink()).as(other).isFalse();
            assertThat(seen.prints()).isEmpty();
        }
        assertThat(tokenKinds(caseNumber)).isEmpty();

        ResultNotice printed = staff.as("frontdesk2", () -> notices.resultNotice(caseNumber));
        assertThat(printed.hasSurveyLink()).isTrue();
        assertThat(satisfaction.open(token(printed.surveyUrl())).caseNumber()).isEqualTo(caseNumber);
        assertThat(tokenKinds(caseNumber)).containsExactly("NOTICE");

        // Opened again, by the same clerk or anyone else: the same notice, without a new link.
        for (String viewer : new String[] { "frontdesk2", "frontdesk", "manager", "frontdesk2" }) {
            ResultNotice again = staff.as(viewer, () -> notices.resultNotice(caseNumber));
            assertThat(again.surveyUrl()).as(viewer).isNull();
            assertThat(again.surveyExpiresAt()).isEqualTo(printed.surveyExpiresAt());
        }
        assertThat(tokenKinds(caseNumber)).containsExactly("NOTICE");
        assertThat(staff.as("manager", () -> notices.prints(caseNumber))).singleElement().satisfies(print -> {
            assertThat(print.printedBy()).isEqualTo("frontdesk2");
            assertThat(print.reprint()).isFalse();
            assertThat(print.printedAt()).isCloseTo(clock.instant(),
                    org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));
        });
    }

    @Test
    void theOneWhoDeliveredPrintsTheCodeWithoutAReasonOnlyRightAfterTheDelivery() {
        String caseNumber = closedCase();
        clock.advance(Duration.ofMinutes(31));

        // Half an hour later the notice was never printed: even its deliverer now reprints it, with a reason.
        assertThat(staff.as("frontdesk2", () -> notices.resultNotice(caseNumber)).hasSurveyLink()).isFalse();
        assertThat(tokenKinds(caseNumber)).isEmpty();
        ResultNotice reprinted = staff.as("frontdesk2",
                () -> notices.reprint(caseNumber, new NoticeReprint("The printer was out of paper")));
        assertThat(reprinted.hasSurveyLink()).isTrue();
        assertThat(reprinted.prints()).extracting(NoticePrint::reason).containsExactly("The printer was out of paper");
    }

    @Test
    void reprintRevokesTheEarlierNoticesLinkAndIsKeptOnTheCaseWithWhoWhenAndWhy() {
        String caseNumber = closedCase();
        String first = token(staff.as("frontdesk2", () -> notices.resultNotice(caseNumber)).surveyUrl());
        String sms = invite(caseNumber);
        clock.advance(Duration.ofHours(2));

        ResultNotice reprinted = staff.as("frontdesk",
                () -> notices.reprint(caseNumber, new NoticeReprint("  Citizen lost the notice ")));

        assertThat(reprinted.hasSurveyLink()).isTrue();
        String second = token(reprinted.surveyUrl());
        assertThatThrownBy(() -> satisfaction.open(first)).isInstanceOfSatisfying(SurveyUnavailableException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REPLACED);
                    assertThat(e.getMessage())
                            .isEqualTo("This QR code belongs to a result notice that was reprinted since. "
                                    + "Please use the newest notice, or the link in your text message.");
                });
        assertThatThrownBy(
                () -> satisfaction.submit(first, windowAnswers(Rating.VERY_DISSATISFIED, 1), AnswerChannel.LINK))
                .isInstanceOf(SurveyUnavailableException.class);
        assertThat(satisfaction.open(second).caseNumber()).isEqualTo(caseNumber);
        // The SMS link is not the notice's: it keeps working.
        assertThat(satisfaction.open(sms).answered()).isFalse();
        assertThat(reprinted.prints()).extracting(NoticePrint::printedBy, NoticePrint::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("frontdesk2", null),
                        org.assertj.core.groups.Tuple.tuple("frontdesk", "Citizen lost the notice"));
        assertThat(staff.as("frontdesk2", () -> notices.prints(caseNumber))).last()
                .satisfies(print -> assertThat(print.printedAt()).isCloseTo(clock.instant(),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES)));
        // Viewing the reprinted notice again makes no link either.
        assertThat(staff.as("frontdesk", () -> notices.resultNotice(caseNumber)).hasSurveyLink()).isFalse();
        assertThat(jdbc.sql("select count(*) from sat_survey_token t join sat_invitation i on i.id = t.invitation_id "
                + "where i.case_number = :n and t.revoked_at is null").param("n", caseNumber).query(Long.class)
                .single())
                .isEqualTo(2);
    }

    @Test
    void reprintNeedsAReasonAndIsForTheFrontDeskAndManagersOnly() {
        String caseNumber = closedCase();
        staff.run("frontdesk2", () -> notices.resultNotice(caseNumber));

        assertThatThrownBy(() -> staff.run("frontdesk2", () -> notices.reprint(caseNumber, new NoticeReprint("  "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason",
                                "Give the reason for the reprint, for example: the citizen lost the notice."));
        assertThatThrownBy(() -> staff.run("frontdesk2",
                () -> notices.reprint(caseNumber, new NoticeReprint("x".repeat(NoticeReprint.MAX_REASON_LENGTH + 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", "The reason can be at most 500 characters."));
        assertThatThrownBy(() -> staff.run("hrss.worker",
                () -> notices.reprint(caseNumber, new NoticeReprint("Citizen lost it"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> notices.prints(caseNumber)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tokenKinds(caseNumber)).containsExactly("NOTICE");
        assertThat(staff.as("manager", () -> notices.prints(caseNumber))).hasSize(1);

        assertThat(staff.as("manager", () -> notices.reprint(caseNumber, new NoticeReprint("The printer jammed")))
                .hasSurveyLink()).isTrue();
        assertThat(staff.as("manager", () -> notices.prints(caseNumber))).extracting(NoticePrint::reason)
                .containsExactly(null, "The printer jammed");
    }

    // --- helpers

    String closedCase() {
        return journeys.closedSocialSecurityCard("110101199003074477", "Sun Hua", "13698765432");
    }

    /** Runs the asynchronous invitation step and reads the token from the SMS in the outbox. */
    String invite(String caseNumber) {
        runFirstStep(caseNumber);
        String sms = notifications.messagesOfCase(caseNumber).stream()
                .filter(message -> message.purpose().equals("CASE_CLOSED")).reduce((first, last) -> last)
                .orElseThrow().body();
        Matcher matcher = LINK.matcher(sms);
        assertThat(matcher.find()).as("a survey link in: %s", sms).isTrue();
        return matcher.group(1);
    }

    /** The follow-up's first, asynchronous step: the closing message with the survey link. */
    void runFirstStep(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        managementService
                .executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
    }

    static String token(String surveyUrl) {
        Matcher matcher = LINK.matcher(surveyUrl);
        assertThat(matcher.find()).as("a survey link: %s", surveyUrl).isTrue();
        return matcher.group(1);
    }

    java.util.List<String> tokenKinds(String caseNumber) {
        return jdbc.sql("select t.kind from sat_survey_token t join sat_invitation i on i.id = t.invitation_id "
                + "where i.case_number = :n order by t.id").param("n", caseNumber).query(String.class).list();
    }

    void fireReminder(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
    }

    String ended(String caseNumber) {
        return fixtures.ended(caseNumber, SatisfactionFollowUpProcess.KEY);
    }

    /** Answers to the SMS link's questionnaire (the cases here are registered at the window). */
    SurveyAnswers answers(Rating overall, Integer visits) {
        return fixtures.answers(EvaluationChannel.SMS, overall, visits);
    }

    /** Answers to the questionnaire of the window, which a printed notice's QR code opens. */
    SurveyAnswers windowAnswers(Rating overall, Integer visits) {
        return fixtures.answers(EvaluationChannel.WINDOW, overall, visits);
    }
}
