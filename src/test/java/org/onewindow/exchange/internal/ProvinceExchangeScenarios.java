package org.onewindow.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.exchange.ExchangeProperties;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.ExchangeService;
import org.onewindow.exchange.RecordStatus;
import org.onewindow.exchange.RecordType;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.RectificationMeasures;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.satisfaction.Verification;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.support.Fresh;
import org.onewindow.support.Journeys;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The exchange with the provincial evaluation platform on H2 ({@link ProvinceExchangeIntegrationTest}) and PostgreSQL
 * ({@link ProvinceExchangePostgresIntegrationTest}), against a stand-in platform on a real HTTP server
 * ({@link StandInPlatform}): what a case's journey sends, the platform down for a while, refusing, two senders at once,
 * and the platform's signed callback.
 */
abstract class ProvinceExchangeScenarios {

    static final StandInPlatform PLATFORM = StandInPlatform.shared();
    static final String CALLBACK_SECRET = "test-province-callback-secret";

    @Autowired
    ExchangeDispatcher dispatcher;
    @Autowired
    RecordStore store;
    @Autowired
    ExchangeService exchange;
    @Autowired
    ExchangeProperties properties;
    @Autowired
    Journeys journeys;
    @Autowired
    SatisfactionService satisfaction;
    @Autowired
    org.onewindow.satisfaction.IndicatorSetService indicatorSets;
    @Autowired
    RectificationService rectifications;
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
    MockMvc mvc;

    @AfterEach
    void platformBack() {
        PLATFORM.up();
        clock.reset();
    }

    /** The settings of a hall that reports to the stand-in (plain HTTP allowed: a test). */
    ExchangeProperties settings() {
        return new ExchangeProperties(true, PLATFORM.endpoint(), appId(), StandInPlatform.APP_SECRET,
                CALLBACK_SECRET, Duration.ofMinutes(5), "330000", "示例县", 200, Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofSeconds(10), true,
                Map.of());
    }

    /** Each database is a hall of its own at the stand-in: the same case numbers come from both. */
    String appId() {
        return StandInPlatform.APP_ID + "-" + getClass().getSimpleName();
    }

    @Test
    void aCasesJourneyReachesThePlatformWithTheDocumentedFieldsAndNoPersonalFieldIsLogged() throws Exception {
        ListAppender<ILoggingEvent> logs = captureLogs();
        String idNumber = Fresh.residentId();
        String name = "欧阳测试";
        String mobile = "13512345678";
        String comment = "窗口人员态度很好，欧阳测试表示感谢";
        try {
            String caseNumber = journeys.closedSocialSecurityCard(idNumber, name, mobile);
            assertThat(store.byCase(caseNumber)).extracting(ExchangeRecord::recordId, ExchangeRecord::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(caseNumber + "-ACC", RecordStatus.PENDING),
                            org.assertj.core.groups.Tuple.tuple(caseNumber + "-CLS", RecordStatus.PENDING));
            // The citizen answers the closing SMS's survey link.
            String token = inviteAndReadLink(caseNumber);
            satisfaction.submit(token, answers(Rating.SATISFIED, comment), AnswerChannel.LINK);
            ExchangeRecord evaluation = store.byCase(caseNumber).stream()
                    .filter(record -> record.type() == RecordType.EVALUATION).findFirst().orElseThrow();
            assertThat(evaluation.recordId()).matches(caseNumber + "-EV-\\d+");

            drain(settings());

            for (ExchangeRecord record : store.byCase(caseNumber)) {
                assertThat(record.status()).as(record.recordId()).isEqualTo(RecordStatus.SENT);
                assertThat(record.lastAnswer()).isEqualTo("200 ACCEPTED");
                assertThat(PLATFORM.deliveries(appId(), record.recordId())).as(record.recordId()).isEqualTo(1);
            }
            JsonNode accepted = PLATFORM.record(appId(), caseNumber + "-ACC");
            assertThat(accepted.path("recordType").asText()).isEqualTo("CASE_ACCEPTED");
            assertThat(accepted.path("caseNumber").asText()).isEqualTo(caseNumber);
            assertThat(accepted.path("serviceItemCode").asText()).isEqualTo("HRSS-001");
            assertThat(accepted.path("serviceItemName").asText()).isEqualTo("社会保障卡补换");
            assertThat(accepted.path("serviceItemVersion").asInt()).isPositive();
            assertThat(accepted.path("departmentCode").asText()).isEqualTo("HRSS");
            assertThat(accepted.path("departmentName").asText()).isNotBlank().isNotEqualTo("HRSS");
            assertThat(accepted.path("applicantName").asText()).isEqualTo(name);
            assertThat(accepted.path("applicantType").asText()).isEqualTo("1");
            assertThat(accepted.path("idType").asText()).isEqualTo("111");
            assertThat(accepted.path("idNumber").asText()).isEqualTo(idNumber);
            assertThat(accepted.path("mobile").asText()).isEqualTo(mobile);
            assertThat(accepted.path("source").asText()).isEqualTo("1");
            assertThat(accepted.path("stateCode").asText()).isEqualTo("1");
            assertThat(accepted.path("stateName").asText()).isEqualTo("已受理");
            assertThat(accepted.path("applyTime").asText())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
            assertThat(accepted.has("implementingListCode")).isTrue();
            assertThat(accepted.path("regionCode").asText()).isEqualTo(properties.regionCode());
            JsonNode closed = PLATFORM.record(appId(), caseNumber + "-CLS");
            assertThat(closed.path("stateCode").asText()).isEqualTo("2");
            assertThat(closed.path("stateName").asText()).isEqualTo("办结（准予）");
            assertThat(closed.path("finishTime").asText()).endsWith("+08:00");
            JsonNode evaluated = PLATFORM.record(appId(), evaluation.recordId());
            assertThat(evaluated.path("evaluationChannel").asText()).isEqualTo("2");
            assertThat(evaluated.path("overall").asInt()).isEqualTo(4);
            assertThat(evaluated.path("overallName").asText()).isEqualTo("满意");
            assertThat(evaluated.path("comment").asText()).isEqualTo(comment);
            assertThat(evaluated.path("staffUsername").asText()).isEqualTo("frontdesk2");
            assertThat(evaluated.path("staffName").asText()).isNotBlank();
            assertThat(evaluated.has("ratings")).isTrue();
            assertThat(PLATFORM.badSignatures()).isZero();
            assertThat(staff.as("admin", () -> exchange.unacknowledgedClosings(500))).extracting(c -> c.caseNumber())
                    .doesNotContain(caseNumber);

            // What was logged on the way names records and cases, never the applicant or the comment.
            assertThat(logs.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                    .doesNotContain(name, idNumber, mobile, comment));
        } finally {
            releaseLogs(logs);
        }
    }

    @Test
    void whileThePlatformIsDownNothingIsLostAndEachRecordGoesOnceWhenItIsBack() {
        List<String> ids = backlog("DOWN", 40);
        PLATFORM.unavailable();
        drain(settings());
        assertThat(store.statuses(ids)).containsExactly(Map.entry("PENDING", 40L));
        ExchangeRecord waiting = store.find(ids.get(0)).orElseThrow();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastAnswer()).startsWith("503");
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
        assertThat(staff.as("admin", () -> exchange.days(30)).get(0).pending()).isGreaterThanOrEqualTo(40);

        // Still down, now without even a connection.
        clock.advance(Duration.ofSeconds(11));
        PLATFORM.unreachable();
        drain(settings());
        assertThat(store.statuses(ids)).containsExactly(Map.entry("PENDING", 40L));
        assertThat(store.find(ids.get(0)).orElseThrow().lastAnswer()).startsWith("no answer");
        assertThat(ids).allSatisfy(id -> assertThat(PLATFORM.deliveries(appId(), id)).isZero());

        // Back: the records wait for their retry time, then each goes once.
        PLATFORM.up();
        drain(settings());
        assertThat(store.statuses(ids)).containsExactly(Map.entry("PENDING", 40L));
        clock.advance(Duration.ofSeconds(21));
        drain(settings());
        assertThat(store.statuses(ids)).containsExactly(Map.entry("SENT", 40L));
        assertThat(ids).allSatisfy(id -> assertThat(PLATFORM.deliveries(appId(), id)).as(id).isEqualTo(1));
    }

    @Test
    void aRefusedRecordIsFailedWithThePlatformsAnswerAndAnAdministratorResendsIt() {
        List<String> ids = backlog("REFUSE", 3);
        PLATFORM.refuse(ids.get(1));
        drain(settings());
        assertThat(store.find(ids.get(0)).orElseThrow().status()).isEqualTo(RecordStatus.SENT);
        ExchangeRecord refused = store.find(ids.get(1)).orElseThrow();
        assertThat(refused.status()).isEqualTo(RecordStatus.FAILED);
        assertThat(refused.lastAnswer()).isEqualTo("REJECTED E201: implementingListCode missing");
        assertThat(staff.as("admin", () -> exchange.records(RecordStatus.FAILED, new org.onewindow.shared.PageRequest(0,
                500)))).extracting(ExchangeRecord::recordId).contains(ids.get(1));
        // It stays failed until an administrator resends it; the resend is logged.
        clock.advance(Duration.ofHours(1));
        drain(settings());
        assertThat(store.find(ids.get(1)).orElseThrow().status()).isEqualTo(RecordStatus.FAILED);
        assertThatThrownBy(() -> staff.run("frontdesk", () -> exchange.resend(ids.get(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("admin", () -> exchange.resend(ids.get(0))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining(ids.get(0));

        PLATFORM.accept(ids.get(1));
        staff.run("admin", () -> exchange.resend(ids.get(1)));
        assertThat(jdbc.sql("select count(*) from audit_change where subject = :id").param("id", ids.get(1))
                .query(Long.class).single()).isEqualTo(1);
        drain(settings());
        assertThat(store.find(ids.get(1)).orElseThrow()).returns(RecordStatus.SENT, ExchangeRecord::status)
                .returns("200 ACCEPTED", ExchangeRecord::lastAnswer);
        assertThat(PLATFORM.acceptedCount(appId(), ids.get(1))).isEqualTo(1);

        // A batch the platform refuses as a whole (4xx) fails each of its records with that answer.
        List<String> batch = backlog("BATCH", 2);
        PLATFORM.refusingBatches();
        drain(settings());
        assertThat(store.find(batch.get(0)).orElseThrow()).returns(RecordStatus.FAILED, ExchangeRecord::status)
                .returns("400 E400 batch malformed", ExchangeRecord::lastAnswer);
    }

    @Test
    void twoSendersAtOnceNeverSendARecordTwice() throws Exception {
        List<String> ids = backlog("TWO", 300);
        ExchangeProperties small = settings().withBatching(25, Duration.ofSeconds(10));
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                rounds.add(nodes.submit((Callable<Integer>) () -> dispatcher.dispatchDue(small)));
            }
            for (Future<Integer> round : rounds) {
                round.get();
            }
        } finally {
            nodes.shutdown();
        }
        drain(small);
        assertThat(store.statuses(ids)).containsExactly(Map.entry("SENT", 300L));
        assertThat(ids).allSatisfy(id -> assertThat(PLATFORM.deliveries(appId(), id)).as(id).isEqualTo(1));
    }

    @Test
    void aPlainHttpEndpointIsRefusedOutsideTests() {
        List<String> ids = backlog("PLAIN", 1);
        // The settings as bound at start-up: the application does not start with them.
        assertThatThrownBy(() -> settings().withEndpoint(PLATFORM.endpoint(), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("https://");
        assertThatThrownBy(() -> ExchangeProperties.checkEndpoint("ftp://platform.example.gov.cn", true))
                .isInstanceOf(IllegalStateException.class);
        ExchangeProperties.checkEndpoint("https://platform.example.gov.cn/api", false);
        assertThat(PLATFORM.deliveries(appId(), ids.get(0))).isZero();
        assertThat(store.find(ids.get(0)).orElseThrow().status()).isEqualTo(RecordStatus.PENDING);
        drain(settings());
    }

    @Test
    void aSignedEvaluationFromTheProvinceIsStoredOnceAsProvinceAndCounts() throws Exception {
        String caseNumber = journeys.closedSocialSecurityCard(Fresh.residentId(), "Province Good", "13500001111");
        inviteAndReadLink(caseNumber);
        String evaluationId = "P-" + UUID.randomUUID();
        String body = evaluation(evaluationId, caseNumber, 5, 5, 4, 5, "很满意", clock.instant());

        callback(body, clock.instant(), CALLBACK_SECRET).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECORDED"));
        callback(body, clock.instant(), CALLBACK_SECRET).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ALREADY_RECORDED"));

        assertThat(jdbc.sql("select count(*) from sat_response where case_number = :n and channel = 'PROVINCE' "
                + "and supplementary = false").param("n", caseNumber).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from sat_response_score s join sat_response r on r.id = s.response_id "
                + "where r.case_number = :n").param("n", caseNumber).query(Long.class).single()).isEqualTo(3);
        assertThat(satisfaction.rating(caseNumber)).contains(Rating.VERY_SATISFIED);
        // The follow-up waiting for the survey got its answer and ended as a good review.
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).count()).isZero();
        // An evaluation from the platform is not sent back to it.
        assertThat(store.byCase(caseNumber)).extracting(ExchangeRecord::type).doesNotContain(RecordType.EVALUATION);
    }

    @Test
    void aBadEvaluationFromTheProvinceStartsARectificationWhoseOutcomeGoesToThePlatform() throws Exception {
        String caseNumber = journeys.closedSocialSecurityCard(Fresh.residentId(), "Province Bad", "13500002222");
        inviteAndReadLink(caseNumber);
        callback(evaluation("P-" + UUID.randomUUID(), caseNumber, 1, 1, 2, 1, "等了很久", clock.instant()),
                clock.instant(), CALLBACK_SECRET).andExpect(status().isOk());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(BadReviewRectificationProcess.KEY).count()).isEqualTo(1);

        staff.run("hrss.head", () -> rectifications.verify(caseNumber,
                new Verification(Verdict.JUSTIFIED, "Called the citizen: the queue was too long.", null)));
        staff.run("hrss.head", () -> rectifications.rectify(caseNumber,
                new RectificationMeasures("A second window opens for HRSS-001 at peak hours.")));
        ExchangeRecord rectification = store.byCase(caseNumber).stream()
                .filter(record -> record.type() == RecordType.RECTIFICATION).findFirst().orElseThrow();
        assertThat(rectification.recordId()).matches(caseNumber + "-RF-\\d+");
        drain(settings());
        JsonNode sent = PLATFORM.record(appId(), rectification.recordId());
        assertThat(sent.path("outcome").asText()).isEqualTo("1");
        assertThat(sent.path("onTime").asBoolean()).isTrue();
        assertThat(sent.path("feedbackTime").asText()).endsWith("+08:00");
    }

    @Test
    void aLaterEvaluationOfAnAnsweredCaseIsAFurtherOneAndABadOneStartsARectification() throws Exception {
        String caseNumber = journeys.closedSocialSecurityCard(Fresh.residentId(), "Province Later", "13500003333");
        String token = inviteAndReadLink(caseNumber);
        satisfaction.submit(token, answers(Rating.VERY_SATISFIED, "好"), AnswerChannel.LINK);
        callback(evaluation("P-" + UUID.randomUUID(), caseNumber, 2, 2, 2, 2, null, clock.instant()),
                clock.instant(), CALLBACK_SECRET).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from sat_response where case_number = :n and supplementary = false")
                .param("n", caseNumber).query(Long.class).single()).isEqualTo(2);
        // The case's own answer stays its first.
        assertThat(satisfaction.rating(caseNumber)).contains(Rating.VERY_SATISFIED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(BadReviewRectificationProcess.KEY).count()).isEqualTo(1);
    }

    @Test
    void callbacksThatAreNotThePlatformsOrNotValidAreRefusedWithAClearReason() throws Exception {
        String caseNumber = journeys.closedSocialSecurityCard(Fresh.residentId(), "Province Refused", "13500004444");
        Instant now = clock.instant();
        String body = evaluation("P-" + UUID.randomUUID(), caseNumber, 4, 4, 4, 4, null, now);

        callback(body, now, "not-the-secret").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The signature does not match the body and timestamp."));
        callback(body, now.minus(Duration.ofMinutes(6)), CALLBACK_SECRET).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("5 minutes")));
        mvc.perform(post("/api/province/evaluations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        callback(evaluation("P-" + UUID.randomUUID(), "OW-20000101-99999", 4, 4, 4, 4, null, now), now,
                CALLBACK_SECRET).andExpect(status().isNotFound());
        callback(evaluation("P-" + UUID.randomUUID(), caseNumber, 7, 4, 0, 4, null, now), now, CALLBACK_SECRET)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors.overall").value("Give a score from 1 to 5."))
                .andExpect(jsonPath("$.fieldErrors['scores.SERVICE_LEVEL']").exists());
        // Given later than the evaluation period after the closing.
        clock.advance(Duration.ofDays(16));
        Instant late = clock.instant();
        callback(evaluation("P-" + UUID.randomUUID(), caseNumber, 4, 4, 4, 4, null, late), late, CALLBACK_SECRET)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("evaluation period")));
        assertThat(jdbc.sql("select count(*) from sat_response where case_number = :n").param("n", caseNumber)
                .query(Long.class).single()).isZero();
    }

    private ResultActions callback(String body, Instant at, String secret) throws Exception {
        String timestamp = Long.toString(at.getEpochSecond());
        return mvc.perform(post("/api/province/evaluations").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-OW-Timestamp", timestamp)
                .header("X-OW-Signature",
                        PlatformClient.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8))));
    }

    private static String evaluation(String id, String caseNumber, int overall, int efficiency, int level,
            int attitude, String comment, Instant at) {
        return """
                {"evaluationId":"%s","caseNumber":"%s","overall":%d,
                 "scores":{"EFFICIENCY":%d,"SERVICE_LEVEL":%d,"ATTITUDE":%d},
                 "comment":%s,"evaluatedAt":"%s"}""".formatted(id, caseNumber, overall, efficiency, level, attitude,
                comment == null ? "null" : "\"" + comment + "\"", at);
    }

    /** Sends everything due, round after round, as the scheduler would. */
    private void drain(ExchangeProperties settings) {
        for (int i = 0; i < 50 && dispatcher.dispatchDue(settings) > 0; i++) {
            // until nothing more is acknowledged
        }
    }

    /** Records written straight into the outbox (as the listeners write them), for the sender's tests. */
    private List<String> backlog(String kind, int count) {
        String prefix = "T" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = clock.instant();
        return IntStream.range(0, count).mapToObj(i -> {
            String id = prefix + "-" + i + "-ACC";
            store.insert(id, RecordType.CASE_ACCEPTED, prefix, "{\"recordId\":\"" + id + "\",\"caseNumber\":\""
                    + prefix + "\"}", LocalDate.now(clock), now);
            return id;
        }).toList();
    }

    /** Runs the follow-up's invitation step and reads the survey token from the closing SMS. */
    private String inviteAndReadLink(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        managementService
                .executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        String token = null;
        for (OutboxMessage message : notifications.messagesOfCase(caseNumber)) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("/survey/([A-Za-z0-9_-]{22})")
                    .matcher(message.body());
            if (matcher.find()) {
                token = matcher.group(1);
            }
        }
        assertThat(token).as("a survey link for %s", caseNumber).isNotNull();
        return token;
    }

    /** The one place these tests build a questionnaire's answers. */
    private SurveyAnswers answers(Rating overall, String comment) {
        // A window case's SMS link asks the SMS channel's current set.
        org.onewindow.satisfaction.IndicatorSet set = indicatorSets
                .current(org.onewindow.satisfaction.EvaluationChannel.SMS);
        java.util.Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        set.indicators().forEach(indicator -> scores.put(indicator.code(), 4));
        return SurveyAnswers.of(set, overall, scores, 1, comment);
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    private static void releaseLogs(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
    }
}
