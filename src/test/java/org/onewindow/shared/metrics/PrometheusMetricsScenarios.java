package org.onewindow.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.support.Journeys;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * /actuator/prometheus: who may read it, and that the business gauges say what the tables hold (their queries run on
 * H2 and PostgreSQL alike).
 */
abstract class PrometheusMetricsScenarios {

    // The token of H2IntegrationTest's and PostgresIntegrationTest's onewindow.metrics.scrape-token.
    private static final String TOKEN = "test-scrape-token-0123456789abcdef";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    Journeys journeys;
    @Autowired
    List<BusinessFigures> figures;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyAdministratorsAndTheScrapeTokenMayReadIt() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN + "x"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("manager", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user(staff.details("manager")))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(user(staff.details("admin")))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN)).andExpect(status().isOk());
        // The token opens this endpoint only.
        mvc.perform(get("/actuator/metrics").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void openCasesAndStepsAndOutboxFollowTheTables() throws Exception {
        refresh();
        String before = scrape();
        double openBefore = sumOf(before, "onewindow_cases_open");
        double frontDeskBefore = value(before, "onewindow_tasks_open", "department=\"FRONT_DESK\"");
        double smsPendingBefore = value(before, "onewindow_outbox_messages", "channel=\"SMS\"", "status=\"PENDING\"");

        // Without the ID card in hand: the case waits at the window's acceptance review, a front desk step.
        staff.run("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "11010519491231002X", "Zhao Lan", "13800138000", "HRSS-001", List.of(), null, Channel.WINDOW)));
        // Not read again until the next refresh: scrapes do not touch the database.
        assertThat(sumOf(scrape(), "onewindow_cases_open")).isEqualTo(openBefore);

        refresh();
        String after = scrape();
        assertThat(sumOf(after, "onewindow_cases_open")).isEqualTo(openBefore + 1);
        for (CaseStatus status : CaseStatus.values()) {
            if (status.isOpen()) {
                assertThat(value(after, "onewindow_cases_open", "status=\"" + status + "\""))
                        .as(status.name())
                        .isEqualTo(count("select count(*) from intake_case where status = ?", status.name()));
            }
        }
        assertThat(value(after, "onewindow_tasks_open", "department=\"FRONT_DESK\"")).isEqualTo(frontDeskBefore + 1);
        assertThat(value(after, "onewindow_outbox_messages", "channel=\"SMS\"", "status=\"PENDING\""))
                .isEqualTo(smsPendingBefore + 1) // the acceptance SMS, not sent: no dispatcher in tests
                .isEqualTo(
                        count("select count(*) from notification_outbox where channel = 'SMS' and status = 'PENDING'"));
        assertThat(value(after, "onewindow_outbox_messages", "channel=\"EMAIL\"", "status=\"FAILED\""))
                .isEqualTo(count(
                        "select count(*) from notification_outbox where channel = 'EMAIL' and status = 'FAILED'"));

        // A year later every step of the window is overdue, and the oldest message has waited at least that long.
        clock.advance(Duration.ofDays(400));
        refresh();
        String later = scrape();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        assertThat(value(later, "onewindow_tasks_overdue", "department=\"FRONT_DESK\""))
                .isEqualTo(value(later, "onewindow_tasks_open", "department=\"FRONT_DESK\""))
                .isEqualTo(count("select count(*) from casework_open_task where candidate_group = 'FRONT_DESK' "
                        + "and due_at < ?", now));
        assertThat(value(later, "onewindow_tasks_at_risk", "department=\"FRONT_DESK\"")).isZero();
        assertThat(value(later, "onewindow_outbox_oldest_pending_age_seconds"))
                .isGreaterThanOrEqualTo(Duration.ofDays(400).toSeconds());
    }

    @Test
    void surveyRateAndEngineJobsFollowTheTables() throws Exception {
        String caseNumber = journeys.closedSocialSecurityCard("11010519491231002X", "Zhao Lan", "13800138000");
        refresh();
        String withJob = scrape();
        // The follow-up starts asynchronously after the closing: a job due, for a job executor to pick up.
        assertThat(value(withJob, "onewindow_engine_jobs_due")).isPositive()
                .isEqualTo(management.createJobQuery().executable().count());
        assertThat(value(withJob, "onewindow_engine_jobs_failed"))
                .isEqualTo(management.createJobQuery().noRetriesLeft().count());
        assertThat(value(withJob, "onewindow_engine_incidents_open")).isEqualTo(runtime.createIncidentQuery().count());

        String followUp = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("satisfactionFollowUp").singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(followUp).singleResult().getId());
        engineConfiguration.getDbMetricsReporter().reportNow(); // Camunda writes its metrics every 15 minutes
        refresh();
        String after = scrape();
        assertThat(value(after, "onewindow_engine_jobs_due"))
                .isEqualTo(value(withJob, "onewindow_engine_jobs_due") - 1);
        for (String event : List.of(Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_ACQUIRED_SUCCESS)) {
            assertThat(value(after, "onewindow_engine_job_events_total", "event=\"" + event + "\""))
                    .as(event).isEqualTo(management.createMetricsQuery().name(event).sum());
        }

        // The invitation of the closed case counts; the rate is answered over invited of the last 30 days.
        OffsetDateTime since = clock.instant().minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC);
        double invited = count("select count(*) from sat_invitation where closed_at >= ?", since);
        double answered = count("select count(*) from sat_invitation where closed_at >= ? and answered_at is not null",
                since);
        assertThat(count("select count(*) from sat_invitation where case_number = ?", caseNumber)).isEqualTo(1);
        assertThat(value(after, "onewindow_survey_invitations")).isEqualTo(invited).isPositive();
        assertThat(value(after, "onewindow_survey_answered")).isEqualTo(answered);
        assertThat(value(after, "onewindow_survey_response_rate")).isEqualTo(answered / invited);
    }

    @Test
    void oldestPendingAgeIsZeroWhenNothingIsPending() throws Exception {
        clock.advance(Duration.ofDays(1));
        // In a transaction rolled back afterwards: the reading sees the outbox emptied, other tests keep theirs.
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update notification_outbox set status = 'SENT' where status = 'PENDING'").update();
            refresh();
            status.setRollbackOnly();
        });
        String scrape = scrape();
        assertThat(value(scrape, "onewindow_outbox_oldest_pending_age_seconds")).isZero();
        assertThat(value(scrape, "onewindow_outbox_messages", "channel=\"SMS\"", "status=\"PENDING\"")).isZero();
        refresh();
    }

    // Each module's figures directly, not through the scheduler's refresher, which only logs a failed reading.
    private void refresh() {
        figures.forEach(BusinessFigures::refresh);
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private double count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The value of the one series of {@code name} whose labels include all of {@code labels}. */
    private static double value(String scrape, String name, String... labels) {
        List<Double> values = series(scrape, name, labels);
        assertThat(values).as(name + " " + String.join(",", labels)).hasSize(1);
        return values.get(0);
    }

    private static double sumOf(String scrape, String name) {
        return series(scrape, name).stream().mapToDouble(Double::doubleValue).sum();
    }

    private static List<Double> series(String scrape, String name, String... labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{(.*)\\})? (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(scrape);
        List<Double> values = new java.util.ArrayList<>();
        while (matcher.find()) {
            String found = matcher.group(2) == null ? "" : matcher.group(2);
            if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
                values.add(Double.parseDouble(matcher.group(3)));
            }
        }
        return values;
    }
}
