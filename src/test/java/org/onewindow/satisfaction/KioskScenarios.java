package org.onewindow.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffAccount;
import org.onewindow.notification.NotificationService;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Journeys;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The window kiosk through the services, on H2 and PostgreSQL. Every test works at a window of its own (a
 * front-desk account made for it), since the kiosk shows whatever its window closed in the last minutes.
 */
abstract class KioskScenarios {

    private static final Pattern KIOSK_KEY = Pattern.compile("/kiosk/([A-Za-z0-9_-]{22})$");
    private static final Pattern SURVEY_LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{22})");

    @Autowired
    WindowKioskService kiosk;
    @Autowired
    SatisfactionService satisfaction;
    @Autowired
    NotificationService notifications;
    @Autowired
    DirectoryService directory;
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

    /** This test's window: a front-desk account of its own. */
    String desk;

    @BeforeEach
    void openWindow() {
        desk = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        directory.createStaff(new StaffAccount(desk, "窗口" + desk.substring(5), "Window " + desk.substring(5), null,
                null, null, Set.of(AppRoles.FRONT_DESK), Set.of("HALL"), "secret"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void kioskOffersTheCaseItsWindowJustClosedAndTakesOneRatingWithChannelKiosk() {
        String key = pair(desk);
        WindowKiosk waiting = kiosk.open(key);
        assertThat(waiting.staffDisplayName()).isEqualTo("Window " + desk.substring(5));
        assertThat(waiting.pending()).isNull();

        // A citizen who asked for English at the window, for the closing message below.
        String caseNumber = fixtures.closedCaseInEnglish(desk);
        // Offered at once, before the follow-up's asynchronous first step created the invitation.
        KioskCase pending = kiosk.open(key).pending();
        assertThat(pending.caseNumber()).isEqualTo(caseNumber);
        assertThat(pending.serviceItemName()).isEqualTo("社会保障卡补换");
        assertThat(pending.closedAt()).isNotNull();
        assertThatThrownBy(() -> kiosk.submit(key, caseNumber, answers(Rating.SATISFIED, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("visits"));

        kiosk.submit(key, caseNumber, answers(Rating.SATISFIED, 1));

        assertThat(jdbc
                .sql("select channel || '/' || delivered_by || '/' || overall from sat_response where case_number = :n")
                .param("n", caseNumber).query(String.class).single()).isEqualTo("KIOSK/" + desk + "/4");
        assertThat(kiosk.open(key).pending()).as("one rating per visit").isNull();
        assertThatThrownBy(() -> kiosk.submit(key, caseNumber, answers(Rating.VERY_DISSATISFIED, 1)))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.USED));

        // The follow-up's first step then finds the answer: the closing SMS thanks instead of asking, and the
        // follow-up ends as for an answer by link.
        runFirstStep(caseNumber);
        assertThat(closingSms(caseNumber)).startsWith("[County Service Hall] Case " + caseNumber)
                .endsWith("is closed: approved. Thank you for rating our service.").doesNotContain("/survey/");
        assertThat(ended(caseNumber)).isEqualTo("end_event_good_review");
        assertThat(jdbc.sql("select count(*) from sat_response where case_number = :n").param("n", caseNumber)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void kioskAnswerEndsTheWaitingFollowUpAsTheLinkDoesAndUsesTheLinkUp() {
        String key = pair(desk);
        String caseNumber = closedAt(desk);
        runFirstStep(caseNumber);
        String link = surveyToken(closingSms(caseNumber));

        kiosk.submit(key, caseNumber, answers(Rating.VERY_DISSATISFIED, 2));

        // A bad review at the kiosk goes to rectification like any other.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(BadReviewRectificationProcess.KEY).count()).isOne();
        assertThatThrownBy(() -> satisfaction.submit(link, smsAnswers(Rating.SATISFIED, 1), AnswerChannel.LINK))
                .isInstanceOfSatisfying(SurveyUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.USED);
                    assertThat(e.getMessage()).contains("already answered");
                });
        assertThat(satisfaction.rating(caseNumber)).contains(Rating.VERY_DISSATISFIED);
    }

    @Test
    void kioskShowsOnlyItsOwnWindowsClosingsAndOnlyWithinTheKioskWindow() {
        String otherDesk = desk + "x";
        directory.createStaff(new StaffAccount(otherDesk, "另一窗口", "Other window", null, null, null,
                Set.of(AppRoles.FRONT_DESK), Set.of("HALL"), "secret"));
        String key = pair(desk);
        String older = closedAt(desk);
        String elsewhere = closedAt(otherDesk);
        assertThat(kiosk.open(key).pending().caseNumber()).isEqualTo(older);
        assertThatThrownBy(() -> kiosk.submit(key, elsewhere, answers(Rating.VERY_SATISFIED, 1)))
                .isInstanceOfSatisfying(SurveyUnavailableException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("This case was not closed at this window."));

        clock.advance(Duration.ofMinutes(4));
        String newest = closedAt(desk);
        assertThat(kiosk.open(key).pending().caseNumber()).as("the newest closing first").isEqualTo(newest);
        kiosk.submit(key, newest, answers(Rating.VERY_SATISFIED, 1));
        assertThat(kiosk.open(key).pending().caseNumber()).as("then one not rated yet").isEqualTo(older);

        // The older closing leaves the kiosk window (10 minutes by default) before the newer one does.
        clock.advance(Duration.ofMinutes(7));
        assertThat(kiosk.open(key).pending()).isNull();
    }

    @Test
    void citizenWhoPassesOverTheKioskIsNotAskedThereAgainButKeepsTheLink() {
        String key = pair(desk);
        String caseNumber = closedAt(desk);
        assertThat(kiosk.open(key).pending().caseNumber()).isEqualTo(caseNumber);

        kiosk.dismiss(key, caseNumber);

        assertThat(kiosk.open(key).pending()).isNull();
        runFirstStep(caseNumber);
        satisfaction.submit(surveyToken(closingSms(caseNumber)), smsAnswers(Rating.BASICALLY_SATISFIED, 1),
                AnswerChannel.LINK);
        assertThat(ended(caseNumber)).isEqualTo("end_event_good_review");
    }

    @Test
    void unknownKeyIsRefused() {
        assertThatThrownBy(() -> kiosk.open("AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOfSatisfying(
                KioskUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(KioskUnavailableException.Reason.UNKNOWN);
                    assertThat(e.getMessage()).contains("not valid");
                });
        assertThatThrownBy(() -> kiosk.open(null)).isInstanceOf(KioskUnavailableException.class);
        // On a tablet in Chinese, the kiosk's requests are in Chinese.
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThatThrownBy(() -> kiosk.open("AAAAAAAAAAAAAAAAAAAAAA")).hasMessage("评价器链接无效，请窗口工作人员重新绑定。");
        LocaleContextHolder.resetLocaleContext();
        assertThatThrownBy(() -> kiosk.submit("AAAAAAAAAAAAAAAAAAAAAA", "OW-20261128-00001",
                answers(Rating.SATISFIED, 1))).isInstanceOf(KioskUnavailableException.class);
    }

    @Test
    void keyWorksUntilTheEndOfTheHallsDay() {
        KioskPairing pairing = staff.as(desk, () -> kiosk.pair());
        String key = key(pairing);
        ZoneId hall = ZoneId.of("Asia/Shanghai");
        Instant midnight = clock.instant().atZone(hall).toLocalDate().plusDays(1).atStartOfDay(hall).toInstant();
        assertThat(pairing.expiresAt()).isEqualTo(midnight);
        assertThat(jdbc.sql("select key_hash from sat_kiosk_pairing where staff_username = :u").param("u", desk)
                .query(String.class).single()).hasSize(64).doesNotContain(key);

        clock.advance(Duration.between(clock.instant(), midnight).minusMinutes(1));
        assertThat(kiosk.open(key).staffDisplayName()).startsWith("Window ");
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> kiosk.open(key)).isInstanceOfSatisfying(KioskUnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(KioskUnavailableException.Reason.EXPIRED);
            assertThat(e.getMessage()).contains("expired at the end of the day");
        });
    }

    @Test
    void newPairingReplacesThePreviousOne() {
        String first = pair(desk);
        String second = pair(desk);
        assertThatThrownBy(() -> kiosk.open(first)).isInstanceOfSatisfying(KioskUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(KioskUnavailableException.Reason.REVOKED));
        assertThat(kiosk.open(second).pending()).isNull();
    }

    @Test
    void onlyTheFrontDeskPairsAndNoSignedInStaffRatesAtTheKiosk() {
        assertThatThrownBy(() -> staff.run("hrss.worker", () -> kiosk.pair()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kiosk.pair()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        String key = pair(desk);
        String caseNumber = closedAt(desk);
        assertThatThrownBy(
                () -> staff.run(desk, () -> kiosk.submit(key, caseNumber, answers(Rating.VERY_SATISFIED, 1))))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.STAFF));
        assertThat(kiosk.open(key).pending().caseNumber()).isEqualTo(caseNumber);
    }

    // --- helpers

    String pair(String username) {
        return key(staff.as(username, () -> kiosk.pair()));
    }

    static String key(KioskPairing pairing) {
        Matcher matcher = KIOSK_KEY.matcher(pairing.kioskUrl());
        assertThat(matcher.find()).as("a kiosk link: %s", pairing.kioskUrl()).isTrue();
        return matcher.group(1);
    }

    String closedAt(String window) {
        return journeys.closedSocialSecurityCard("110101199003074477", "Sun Hua", "13698765432", window);
    }

    void runFirstStep(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        managementService
                .executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
    }

    String closingSms(String caseNumber) {
        return notifications.messagesOfCase(caseNumber).stream()
                .filter(message -> message.purpose().equals("CASE_CLOSED"))
                .reduce((first, last) -> last).orElseThrow().body();
    }

    static String surveyToken(String sms) {
        Matcher matcher = SURVEY_LINK.matcher(sms);
        assertThat(matcher.find()).as("a survey link in: %s", sms).isTrue();
        return matcher.group(1);
    }

    String ended(String caseNumber) {
        return fixtures.ended(caseNumber, SatisfactionFollowUpProcess.KEY);
    }

    /** Answers to the window's questionnaire, which the kiosk asks. */
    SurveyAnswers answers(Rating overall, Integer visits) {
        return fixtures.answers(EvaluationChannel.WINDOW, overall, visits);
    }

    /** Answers to the SMS link's questionnaire. */
    SurveyAnswers smsAnswers(Rating overall, Integer visits) {
        return fixtures.answers(EvaluationChannel.SMS, overall, visits);
    }
}
