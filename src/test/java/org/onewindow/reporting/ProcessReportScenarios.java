package org.onewindow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.reporting.HallHistory.SeedCase;
import org.onewindow.reporting.HallHistory.SeedResponse;
import org.onewindow.reporting.HallHistory.SeedTask;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The process report on a seeded fortnight in March 2025 (no other test writes there), with figures worked
 * out by hand. Items RPT-1 (HRSS, at the window) and RPT-2 (AMR, online).
 */
abstract class ProcessReportScenarios {

    static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    static final LocalDate FROM = LocalDate.of(2025, 3, 3);
    static final LocalDate TO = LocalDate.of(2025, 3, 16);

    @Autowired
    ProcessReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;

    @BeforeEach
    void seedOnce() {
        // Once per database: the H2 and PostgreSQL contexts each get the fortnight, keyed by their own data.
        Integer present = jdbc.queryForObject("select count(*) from intake_case where case_number = 'RPT-A1'",
                Integer.class);
        if (present != null && present > 0) {
            return;
        }
        HallHistory history = new HallHistory(jdbc);
        history.cases(List.of(
                SeedCase.closed("RPT-A1", "RPT-1", "HRSS", "WINDOW", at("2025-03-03T09:00"), at("2025-03-05T10:00"), 2,
                        true),
                SeedCase.closed("RPT-A2", "RPT-1", "HRSS", "WINDOW", at("2025-03-04T09:00"), at("2025-03-11T16:00"), 5,
                        true),
                SeedCase.closed("RPT-A3", "RPT-1", "HRSS", "WINDOW", at("2025-03-10T09:00"), at("2025-03-20T10:00"), 8,
                        true),
                SeedCase.closed("RPT-A4", "RPT-1", "HRSS", "WINDOW", at("2025-02-20T09:00"), at("2025-03-12T10:00"), 14,
                        false),
                SeedCase.open("RPT-A5", "RPT-1", "HRSS", "WINDOW", at("2025-03-05T09:00")),
                SeedCase.closed("RPT-B1", "RPT-2", "AMR", "ONLINE", at("2025-03-03T09:00"), at("2025-03-03T15:00"), 0,
                        true)));
        history.tasks(List.of(
                new SeedTask("rpt-t1", "RPT-A1", "user_task_review_by_lead_department", "HRSS", at("2025-03-03T10:00"),
                        at("2025-03-03T12:00"), at("2025-03-03T16:00"), "hrss.worker", false),
                new SeedTask("rpt-t2", "RPT-A2", "user_task_review_by_lead_department", "HRSS", at("2025-03-04T10:00"),
                        at("2025-03-04T11:00"), at("2025-03-05T11:00"), "hrss.worker", true),
                new SeedTask("rpt-t3", "RPT-A3", "user_task_review_by_lead_department", "HRSS", at("2025-03-10T10:00"),
                        at("2025-03-10T10:30"), null, "hrss.worker", false),
                new SeedTask("rpt-t4", "RPT-A1", "user_task_decision_by_lead_department", "HRSS",
                        at("2025-03-04T09:00"),
                        at("2025-03-04T09:00"), at("2025-03-04T10:00"), "hrss.head", false)));
        history.responses(List.of(
                new SeedResponse("RPT-A1", "RPT-1", "HRSS", at("2025-03-05T10:00"), 5, 5, 5, 4, 4, 5, 1, "LINK",
                        "frontdesk", null),
                new SeedResponse("RPT-A2", "RPT-1", "HRSS", at("2025-03-11T16:00"), 2, 2, 3, 2, 2, 3, 2, "PHONE",
                        "frontdesk", "Slow."),
                new SeedResponse("RPT-A4", "RPT-1", "HRSS", at("2025-03-12T10:00"), 4, 3, 4, 4, 4, 4, 1, "KIOSK",
                        "frontdesk2", null)));
    }

    @Test
    void summaryCountsReceivedClosedBacklogCycleTimesAndSingleVisits() {
        ProcessSummary summary = asManager(() -> reports.summary(new ReportFilter(FROM, TO, null, "RPT-1", null)));
        assertThat(summary.received()).isEqualTo(4); // A1, A2, A3, A5 (A4 came in February)
        assertThat(summary.closed()).isEqualTo(3); // A1, A2, A4 (A3 closed after the range)
        assertThat(summary.onTimeRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(summary.cycleTime().cases()).isEqualTo(3);
        assertThat(summary.cycleTime().mean()).isCloseTo(7.0, within(1e-9)); // (2 + 5 + 14) / 3
        assertThat(summary.cycleTime().median()).isCloseTo(5.0, within(1e-9));
        assertThat(summary.cycleTime().p90()).isCloseTo(12.2, within(1e-9)); // 5 + 0.8 × (14 − 5)
        assertThat(summary.openBacklog()).isEqualTo(1);
        assertThat(summary.backlogAge()).extracting(ProcessSummary.AgeBucket::cases).containsExactly(0L, 0L, 0L, 1L);
        assertThat(summary.visitAnswers()).isEqualTo(3);
        assertThat(summary.oneVisitRate()).isCloseTo(2.0 / 3, within(1e-9));

        ProcessSummary online = asManager(() -> reports.summary(new ReportFilter(FROM, TO, null, null, "ONLINE")));
        assertThat(online.received()).isEqualTo(1);
        assertThat(online.closed()).isEqualTo(1);
        assertThat(online.cycleTime().median()).isZero();
    }

    @Test
    void figuresByItemAndDepartmentBusiestFirst() {
        ReportFilter fortnight = ReportFilter.of(FROM, TO);
        assertThat(asManager(() -> reports.byServiceItem(fortnight)))
                .extracting(GroupFigures::code, GroupFigures::received, GroupFigures::closed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RPT-1", 4L, 3L),
                        org.assertj.core.groups.Tuple.tuple("RPT-2", 1L, 1L));
        assertThat(asManager(() -> reports.byDepartment(fortnight)))
                .extracting(GroupFigures::name, GroupFigures::received)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Human Resources and Social Security Bureau", 4L),
                        org.assertj.core.groups.Tuple.tuple("Market Regulation Bureau", 1L));
    }

    @Test
    void itemsAreNamedInTheReportsLanguage() {
        ReportFilter fortnight = ReportFilter.of(FROM, TO);
        jdbc.update("update intake_case set service_item_name = '社保卡申领', service_item_name_en = 'Social security card' "
                + "where service_item_code = 'RPT-1' and case_number like 'RPT-A%'");
        try {
            assertThat(asManager(() -> reports.byServiceItem(fortnight, java.util.Locale.ENGLISH)))
                    .extracting(GroupFigures::name).contains("Social security card").doesNotContain("社保卡申领");
            assertThat(
                    asManager(() -> reports.byServiceItem(fortnight, org.onewindow.shared.i18n.Translations.CHINESE)))
                    .extracting(GroupFigures::name).contains("社保卡申领").doesNotContain("Social security card");
        } finally {
            jdbc.update("update intake_case set service_item_name = 'Item RPT-1', service_item_name_en = null "
                    + "where service_item_code = 'RPT-1' and case_number like 'RPT-A%'");
        }
    }

    @Test
    void itemsWithoutAClosedCaseAreNamedToo() {
        // 10 March: RPT-A3 comes in, nothing closes; the item must read as its name, not its code.
        ReportFilter oneDay = ReportFilter.of(java.time.LocalDate.of(2025, 3, 10), java.time.LocalDate.of(2025, 3, 10));
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH,
                org.onewindow.shared.i18n.Translations.CHINESE)) {
            assertThat(asManager(() -> reports.byServiceItem(oneDay, locale)))
                    .extracting(GroupFigures::code, GroupFigures::name, GroupFigures::received, GroupFigures::closed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RPT-1", "Item RPT-1", 1L, 0L));
        }
    }

    @Test
    void weeklyTrendGroupsByTheHallsCalendar() {
        List<TrendPoint> weeks = asManager(() -> reports.trend(new ReportFilter(FROM, TO, "HRSS", null, null),
                Granularity.WEEK));
        assertThat(weeks).extracting(TrendPoint::label).containsExactly("2025-W10", "2025-W11");
        assertThat(weeks).extracting(TrendPoint::received).containsExactly(3L, 1L);
        assertThat(weeks).extracting(TrendPoint::closed).containsExactly(1L, 2L);
        assertThat(weeks.get(1).onTimeRate()).isCloseTo(0.5, within(1e-9));
        assertThat(weeks.get(1).meanCycleDays()).isCloseTo(9.5, within(1e-9));

        List<TrendPoint> months = asManager(() -> reports.trend(ReportFilter.of(LocalDate.of(2025, 2, 1), TO),
                Granularity.MONTH));
        assertThat(months).extracting(TrendPoint::label).containsExactly("2025-02", "2025-03");
        assertThat(months).extracting(TrendPoint::received).containsExactly(1L, 5L);
    }

    @Test
    void bottlenecksMeasureWaitingAndWorkingTimePerStepInProcessOrder() {
        List<StepFigures> steps = asManager(() -> reports.bottlenecks(new ReportFilter(FROM, TO, null, "RPT-1", null)));
        assertThat(steps).extracting(StepFigures::stepName)
                .containsExactly("Review by lead department", "Decision by lead department");
        StepFigures review = steps.get(0);
        assertThat(review.tasks()).isEqualTo(3);
        assertThat(review.completed()).isEqualTo(2);
        assertThat(review.meanWaitHours()).isCloseTo(1.5, within(1e-9));
        assertThat(review.medianWaitHours()).isCloseTo(1.5, within(1e-9));
        assertThat(review.meanWorkHours()).isCloseTo(14.0, within(1e-9));
        assertThat(review.lateShare()).isCloseTo(0.5, within(1e-9));
        assertThat(steps.get(1).medianWorkHours()).isCloseTo(1.0, within(1e-9));

        String svg = asManager(() -> reports.bottleneckDiagram(steps, Translations.ENGLISH));
        assertThat(svg).contains("data-element-id=\"user_task_review_by_lead_department\" style=\"--ow-heat:#e34a33\"")
                .contains("wait 1.5 h · work 14.0 h");
        assertThat(asManager(() -> reports.bottleneckDiagram(steps, Translations.CHINESE)))
                .contains("等待 1.5小时 · 办理 14.0小时").doesNotContain("wait ");
    }

    @Test
    void workloadCountsCompletedStepsPerDepartmentAndPerStaffMember() {
        ReportFilter filter = new ReportFilter(FROM, TO, null, "RPT-1", null);
        assertThat(asManager(() -> reports.workloadByDepartment(filter)))
                .filteredOn(w -> w.code().equals("HRSS")).singleElement()
                .satisfies(w -> assertThat(w.completedInRange()).isEqualTo(3));
        assertThat(asManager(() -> reports.workloadByStaff(filter)))
                .extracting(Workload::name, Workload::completedInRange)
                .contains(org.assertj.core.groups.Tuple.tuple("Liu Yang", 2L),
                        org.assertj.core.groups.Tuple.tuple("Zhao Min", 1L));
        // Staff are named in the reader's language: a Chinese screen reads their Chinese names.
        LocaleContextHolder.setLocale(Translations.CHINESE);
        try {
            assertThat(asManager(() -> reports.workloadByStaff(filter))).extracting(Workload::name)
                    .contains("刘洋", "赵敏").doesNotContain("Liu Yang");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void thePageRunsItsQueriesSideBySideWithTheSameFigures() {
        ReportFilter filter = new ReportFilter(FROM, TO, null, "RPT-1", null);
        ProcessReport page = asManager(() -> reports.report(filter, Granularity.WEEK, Translations.CHINESE));
        assertThat(page.summary()).isEqualTo(asManager(() -> reports.summary(filter)));
        assertThat(page.trend()).isEqualTo(asManager(() -> reports.trend(filter, Granularity.WEEK)));
        assertThat(page.bottlenecks()).isEqualTo(asManager(() -> reports.bottlenecks(filter)));
        assertThat(page.workloadByStaff()).isEqualTo(asManager(() -> reports.workloadByStaff(filter)));
        // The queries ran on the pool's threads; the diagram's notes are in the language the caller asked for.
        assertThat(page.bottleneckDiagram()).contains("ow-heat").contains("等待 ");
        assertThatThrownBy(
                () -> staff.run("hrss.head", () -> reports.report(filter, Granularity.WEEK, Translations.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asManager(() -> reports.report(ReportFilter.of(TO, FROM), Granularity.WEEK,
                Translations.ENGLISH))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyManagersSeeReportsAndBadRangesAreRefused() {
        assertThatThrownBy(() -> staff.run("hrss.head", () -> reports.summary(ReportFilter.of(FROM, TO))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asManager(() -> reports.summary(ReportFilter.of(TO, FROM))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("to"));
        assertThatThrownBy(() -> asManager(() -> reports.summary(ReportFilter.of(FROM, FROM.plusYears(4)))))
                .isInstanceOf(InvalidInputException.class);
    }

    private <T> T asManager(java.util.concurrent.Callable<T> action) {
        return staff.as("manager", action);
    }

    static Instant at(String hallTime) {
        return LocalDateTime.parse(hallTime).atZone(HALL).toInstant();
    }

}
