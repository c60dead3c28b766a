package org.onewindow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.onewindow.reporting.ProcessReportScenarios.at;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.HolidayCalendarService;
import org.onewindow.reporting.HallHistory.SeedCase;
import org.onewindow.reporting.HallHistory.SeedTask;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The demand report on a seeded fortnight around Labour Day 2024 (no other test writes in 2024), with figures
 * worked out by hand. The hall's calendar for it: 1 to 5 May are public holidays, Saturday 11 May is a make-up
 * working day; so Monday 29 April to Sunday 12 May has eight working days (two Mondays, two Tuesdays, one
 * Wednesday, Thursday, Friday and Saturday, no Sunday).
 *
 * <p>Applicants: persons C1 to C6, enterprise E1 (for which C4 and then C2 act) and E2. Items HRSS-001 and AMR-003
 * are promised in at most one visit, HRSS-002 is not. Fifteen cases in the range (D01–D15) and two in April before
 * it (P1, P2) that only the repeat-visit look-back sees. D05 (7:50 on 1 May, a holiday) and D13 (7:45 on Monday
 * 6 May) are still 30 April and Sunday 5 May in UTC: the hall's clock, not UTC's, must place them.
 *
 * <p>A 30-week straight line of cases of item DEM-F in 2023 (5, 6, ... 34 a week) is the forecast's history.
 */
abstract class DemandReportScenarios {

    static final LocalDate FROM = LocalDate.of(2024, 4, 29);
    static final LocalDate TO = LocalDate.of(2024, 5, 12);
    static final ReportFilter FORTNIGHT = ReportFilter.of(FROM, TO);

    @Autowired
    DemandReportService reports;
    @Autowired
    HolidayCalendarService holidays;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Staff staff;

    @BeforeEach
    void seedOnce() {
        // Once per database: the H2 and PostgreSQL contexts each get the fortnight, keyed by their own data.
        Integer present = jdbc.queryForObject("select count(*) from intake_case where case_number = 'DEM-D01'",
                Integer.class);
        if (present != null && present > 0) {
            return;
        }
        staff.run("admin", () -> holidays.importYear(2024, new StringReader("""
                2024-04-28,WORKDAY,Labour Day make-up working day
                2024-05-01,HOLIDAY,Labour Day
                2024-05-02,HOLIDAY,Labour Day
                2024-05-03,HOLIDAY,Labour Day
                2024-05-04,HOLIDAY,Labour Day
                2024-05-05,HOLIDAY,Labour Day
                2024-05-11,WORKDAY,Labour Day make-up working day
                """)));
        HallHistory history = new HallHistory(jdbc);
        long c1 = history.citizen("DEMAND-C1");
        long c2 = history.citizen("DEMAND-C2");
        long c3 = history.citizen("DEMAND-C3");
        long c4 = history.citizen("DEMAND-C4");
        long c5 = history.citizen("DEMAND-C5");
        long c6 = history.citizen("DEMAND-C6");
        long e1 = history.enterprise("91320302DEMAND0001", "Gulou Trading Co.");
        long e2 = history.enterprise("91320302DEMAND0002", "Yunlong Foods Ltd.");
        String gulou = "320302";
        String yunlong = "320303";
        history.cases(List.of(
                window("DEM-D01", "HRSS-001", "2024-04-29T09:10", "frontdesk").applicant(c1, null, "FROM_30_TO_44",
                        gulou, false),
                window("DEM-D02", "HRSS-001", "2024-04-29T09:40", "frontdesk2").applicant(c2, null, "FROM_60_TO_69",
                        yunlong, false),
                window("DEM-D03", "AMR-003", "2024-04-29T10:20", "frontdesk").applicant(c4, e1, null, gulou, false),
                window("DEM-D04", "HRSS-002", "2024-04-30T09:05", "frontdesk").applicant(c3, null, "FROM_18_TO_29",
                        null, false),
                window("DEM-D05", "HRSS-001", "2024-05-01T07:50", "frontdesk").applicant(c3, null, "FROM_18_TO_29",
                        null, true),
                window("DEM-D06", "HRSS-001", "2024-05-06T09:30", "frontdesk").applicant(c1, null, "FROM_30_TO_44",
                        gulou, true),
                window("DEM-D07", "AMR-003", "2024-05-06T09:50", "frontdesk2").applicant(c2, e1, null, gulou, true),
                window("DEM-D08", "HRSS-001", "2024-05-06T14:10", "frontdesk").applicant(c4, null, "FROM_45_TO_59",
                        yunlong, true),
                window("DEM-D09", "HRSS-002", "2024-05-08T09:20", "frontdesk").applicant(c3, null, "FROM_18_TO_29",
                        null, true),
                window("DEM-D10", "HRSS-001", "2024-05-11T10:30", "frontdesk2").applicant(c2, null, "FROM_60_TO_69",
                        yunlong, true),
                online("DEM-D11", "HRSS-001", "2024-05-07T20:00").applicant(c5, null, "FROM_45_TO_59", gulou, true),
                online("DEM-D12", "AMR-003", "2024-05-10T11:00").applicant(c6, e2, null, null, false),
                window("DEM-D13", "HRSS-002", "2024-05-06T07:45", "frontdesk2").applicant(c5, null, "FROM_45_TO_59",
                        gulou, true),
                window("DEM-D14", "HRSS-001", "2024-05-09T09:00", "frontdesk").applicant(c6, null, "FROM_70", gulou,
                        true),
                window("DEM-D15", "AMR-003", "2024-05-07T11:15", "frontdesk2").applicant(c4, null, "FROM_45_TO_59",
                        yunlong, true),
                // Before the range: 31 days before D13 (no repeat), 29 days before D14 (a repeat).
                window("DEM-P1", "HRSS-002", "2024-04-05T07:45", "frontdesk").applicant(c5, null, "FROM_45_TO_59",
                        gulou, false),
                window("DEM-P2", "HRSS-001", "2024-04-10T09:00", "frontdesk").applicant(c6, null, "FROM_70", gulou,
                        false)));
        String acceptance = "user_task_acceptance_review";
        history.tasks(List.of(
                // Acceptance reviews of window cases completed in the range: 10, 20 and 18 minutes, mean 16.
                new SeedTask("dem-t1", "DEM-D01", acceptance, "FRONT_DESK", at("2024-04-29T09:10"),
                        at("2024-04-29T09:10"),
                        at("2024-04-29T09:20"), "frontdesk", false),
                new SeedTask("dem-t2", "DEM-D02", acceptance, "FRONT_DESK", at("2024-04-29T09:40"),
                        at("2024-04-29T09:40"),
                        at("2024-04-29T10:00"), "frontdesk2", false),
                new SeedTask("dem-t3", "DEM-D06", acceptance, "FRONT_DESK", at("2024-05-06T09:30"),
                        at("2024-05-06T09:30"),
                        at("2024-05-06T09:48"), "frontdesk", false),
                // Not counted: an online case's review, one still open, another step.
                new SeedTask("dem-t4", "DEM-D11", acceptance, "FRONT_DESK", at("2024-05-07T20:00"),
                        at("2024-05-08T09:00"),
                        at("2024-05-08T10:00"), "frontdesk", false),
                new SeedTask("dem-t5", "DEM-D07", acceptance, "FRONT_DESK", at("2024-05-06T09:50"),
                        at("2024-05-06T09:50"),
                        null, "frontdesk2", false),
                new SeedTask("dem-t6", "DEM-D01", "user_task_review_by_lead_department", "HRSS", at("2024-04-29T10:00"),
                        at("2024-04-29T10:00"), at("2024-04-29T12:00"), "hrss.worker", false)));
        // The forecast's history: item DEM-F from the week of 2 January 2023, 5 + week cases a week, on Wednesdays.
        List<SeedCase> line = new ArrayList<>();
        LocalDate monday = LocalDate.of(2023, 1, 2);
        for (int week = 0; week < 30; week++) {
            for (int i = 0; i < 5 + week; i++) {
                line.add(online(String.format("DEM-F%02d-%02d", week, i), "DEM-F",
                        monday.plusWeeks(week).plusDays(2) + "T10:00")
                        .applicant(c1, null, "FROM_30_TO_44", gulou, false)
                        .itemName("Forecast test item"));
            }
        }
        history.cases(line);
    }

    private static SeedCase window(String number, String item, String accepted, String registeredBy) {
        return closed(number, item, "WINDOW", at(accepted)).registeredBy(registeredBy);
    }

    private static SeedCase online(String number, String item, String accepted) {
        return closed(number, item, "ONLINE", at(accepted)).registeredBy("online");
    }

    private static SeedCase closed(String number, String item, String channel, Instant accepted) {
        String department = item.substring(0, item.indexOf('-'));
        return SeedCase.closed(number, item, department, channel, accepted, accepted.plusSeconds(86_400), 1, true)
                .itemName(switch (item) {
                    case "HRSS-001" -> "Social security card application";
                    case "HRSS-002" -> "Unemployment insurance benefit";
                    case "AMR-003" -> "Company establishment registration";
                    default -> "Item " + item;
                });
    }

    @Test
    void weeklyDemandByServiceItemInTheHallsWeeks() {
        DemandTable table = asManager(() -> reports.demandByServiceItem(FORTNIGHT, Granularity.WEEK));
        assertThat(table.labels()).containsExactly("2024-W18", "2024-W19");
        assertThat(table.periods()).containsExactly(FROM, LocalDate.of(2024, 5, 6));
        // D13 (HRSS-002) is Monday 6 May in the hall, still Sunday in UTC: in week 19.
        assertThat(table.rows()).extracting(DemandTable.Row::code, DemandTable.Row::name, DemandTable.Row::counts,
                DemandTable.Row::total).containsExactly(
                        tuple("HRSS-001", "Social security card application", List.of(3L, 5L), 8L),
                        tuple("AMR-003", "Company establishment registration", List.of(1L, 3L), 4L),
                        tuple("HRSS-002", "Unemployment insurance benefit", List.of(1L, 2L), 3L));
        assertThat(table.totals()).containsExactly(5L, 10L);
    }

    @Test
    void monthlyDemandByServiceItemInTheHallsMonths() {
        DemandTable table = asManager(() -> reports.demandByServiceItem(FORTNIGHT, Granularity.MONTH));
        assertThat(table.labels()).containsExactly("2024-04", "2024-05");
        // D05 came at 7:50 on 1 May in the hall (30 April in UTC): in May.
        assertThat(table.rows()).extracting(DemandTable.Row::code, DemandTable.Row::counts).containsExactly(
                tuple("HRSS-001", List.of(2L, 6L)), tuple("AMR-003", List.of(1L, 3L)),
                tuple("HRSS-002", List.of(1L, 2L)));
    }

    @Test
    void weeklyDemandBySegment() {
        assertThat(segment(DemandDimension.APPLICANT_TYPE, Locale.ENGLISH)).containsExactly(
                tuple("PERSON", null, List.of(4L, 8L)), tuple("ENTERPRISE", null, List.of(1L, 2L)));
        assertThat(segment(DemandDimension.AGE_BAND, Locale.ENGLISH)).containsExactly(
                tuple("FROM_18_TO_29", null, List.of(2L, 1L)), tuple("FROM_30_TO_44", null, List.of(1L, 1L)),
                tuple("FROM_45_TO_59", null, List.of(0L, 4L)), tuple("FROM_60_TO_69", null, List.of(1L, 1L)),
                tuple("FROM_70", null, List.of(0L, 1L)), tuple(null, null, List.of(1L, 2L)));
        assertThat(segment(DemandDimension.DISTRICT, Locale.ENGLISH)).containsExactly(
                tuple("320302", "Gulou District", List.of(2L, 5L)),
                tuple("320303", "Yunlong District", List.of(1L, 3L)),
                tuple(null, null, List.of(2L, 2L)));
        assertThat(segment(DemandDimension.DISTRICT, Translations.CHINESE)).extracting(t -> t.toList().get(1))
                .containsExactly("鼓楼区", "云龙区", null);
        assertThat(segment(DemandDimension.CHANNEL, Locale.ENGLISH)).containsExactly(
                tuple("WINDOW", null, List.of(5L, 8L)), tuple("ONLINE", null, List.of(0L, 2L)));
        assertThat(segment(DemandDimension.RETURNING, Locale.ENGLISH)).containsExactly(
                tuple("FIRST_TIME", null, List.of(4L, 1L)), tuple("RETURNING", null, List.of(1L, 9L)));
        // The filter's channel, department and item apply to the segments too.
        assertThat(asManager(() -> reports.demandBySegment(new ReportFilter(FROM, TO, "AMR", null, "WINDOW"),
                Granularity.WEEK, DemandDimension.APPLICANT_TYPE, Locale.ENGLISH)).rows())
                .extracting(DemandTable.Row::code, DemandTable.Row::counts)
                .containsExactly(tuple("PERSON", List.of(0L, 1L)), tuple("ENTERPRISE", List.of(1L, 1L)));
    }

    private List<org.assertj.core.groups.Tuple> segment(DemandDimension dimension, Locale locale) {
        return asManager(() -> reports.demandBySegment(FORTNIGHT, Granularity.WEEK, dimension, locale)).rows().stream()
                .map(row -> tuple(row.code(), row.name(), row.counts())).toList();
    }

    @Test
    void arrivalsAtTheWindowsByWeekdayAndHourOverWorkingDays() {
        ArrivalHeatmap map = asManager(() -> reports.arrivals(FORTNIGHT));
        // Two Mondays and Tuesdays, one Wednesday to Saturday (11 May, made up), no Sunday; 1 to 5 May are off.
        assertThat(map.workingDays()).containsExactly(2, 2, 1, 1, 1, 1, 0);
        // Twelve window arrivals on working days: D05 came on a holiday, D11 and D12 online.
        assertThat(map.total()).isEqualTo(12);
        assertThat(map.arrivals(DayOfWeek.MONDAY, 9)).isEqualTo(4); // D01, D02, D06, D07
        assertThat(map.mean(DayOfWeek.MONDAY, 9)).isEqualTo(2.0);
        assertThat(map.mean(DayOfWeek.MONDAY, 7)).isEqualTo(0.5); // D13, 23:45 on a Sunday holiday in UTC
        assertThat(map.mean(DayOfWeek.MONDAY, 10)).isEqualTo(0.5);
        assertThat(map.mean(DayOfWeek.MONDAY, 14)).isEqualTo(0.5);
        assertThat(map.mean(DayOfWeek.TUESDAY, 9)).isEqualTo(0.5);
        assertThat(map.mean(DayOfWeek.TUESDAY, 11)).isEqualTo(0.5);
        assertThat(map.mean(DayOfWeek.WEDNESDAY, 9)).isEqualTo(1.0);
        assertThat(map.arrivals(DayOfWeek.WEDNESDAY, 7)).isZero(); // D05, on the Labour Day holiday
        assertThat(map.mean(DayOfWeek.THURSDAY, 9)).isEqualTo(1.0);
        assertThat(map.mean(DayOfWeek.FRIDAY, 11)).isEqualTo(0.0); // D12 came online
        assertThat(map.mean(DayOfWeek.SATURDAY, 10)).isEqualTo(1.0);
        assertThat(map.mean(DayOfWeek.SUNDAY, 10)).isNull();
        long[][] arrivals = map.arrivals();
        long cells = java.util.Arrays.stream(arrivals).flatMapToLong(java.util.Arrays::stream).filter(n -> n > 0)
                .count();
        assertThat(cells).isEqualTo(9);
    }

    @Test
    void repeatVisitsWithinThirtyDaysBySameApplicantAndItem() {
        assertThat(asManager(() -> reports.repeatVisits(FORTNIGHT)))
                .extracting(RepeatVisits::code, RepeatVisits::cases, RepeatVisits::repeatCases,
                        RepeatVisits::atMostOneVisit)
                .containsExactly(
                        // D06 (C1 again after 7 days), D10 (C2 after 12), D14 (C6 after 29, P2 before the range).
                        tuple("HRSS-001", 8L, 3L, true),
                        // D07: enterprise E1 again, through another person; D15 is C4 for no enterprise, not E1.
                        tuple("AMR-003", 4L, 1L, true),
                        // D09 (C3 after 8 days); D13 is 31 days after P1: no repeat.
                        tuple("HRSS-002", 3L, 1L, false));
        RepeatVisits first = asManager(() -> reports.repeatVisits(FORTNIGHT)).get(0);
        assertThat(first.repeatRate()).isCloseTo(0.375, within(1e-12));
        assertThat(first.name()).isEqualTo("Social security card application");
        // The filter's channel applies to the repeat visit, not to the earlier case.
        assertThat(asManager(() -> reports.repeatVisits(new ReportFilter(FROM, TO, null, "HRSS-002", "WINDOW"))))
                .extracting(RepeatVisits::cases, RepeatVisits::repeatCases).containsExactly(tuple(3L, 1L));
    }

    @Test
    void windowStaffingPerHourOverTheFortnight() {
        WindowStaffing staffing = asManager(() -> reports.staffing(FORTNIGHT));
        assertThat(staffing.workingDays()).isEqualTo(8);
        assertThat(staffing.measuredSteps()).isEqualTo(3);
        assertThat(staffing.handlingMinutes()).isCloseTo(16.0, within(1e-9));
        assertThat(staffing.targetWaitMinutes()).isEqualTo(10.0);
        // From the first to the last hour with arrivals: 7 to 14. Means over 8 working days; Erlang C at 16 min.
        assertThat(staffing.hours()).extracting(WindowStaffing.Hour::hour, WindowStaffing.Hour::arrivals,
                WindowStaffing.Hour::arrivalsPerHour, WindowStaffing.Hour::windowsNeeded,
                WindowStaffing.Hour::windowsStaffed,
                WindowStaffing.Hour::underStaffed).containsExactly(
                        tuple(7, 1L, 0.125, 1, 0.125, true),
                        tuple(8, 0L, 0.0, 0, 0.0, false),
                        // Seven arrivals at 9 on five days, by seven distinct (day, staff) pairs.
                        tuple(9, 7L, 0.875, 1, 0.875, true),
                        tuple(10, 2L, 0.25, 1, 0.25, true),
                        tuple(11, 1L, 0.125, 1, 0.125, true),
                        tuple(12, 0L, 0.0, 0, 0.0, false),
                        tuple(13, 0L, 0.0, 0, 0.0, false),
                        tuple(14, 1L, 0.125, 1, 0.125, true));
    }

    @Test
    void windowStaffingOnOneBusyMorning() {
        // Monday 6 May: D13 at 7, D06 and D07 at 9 by two people, D08 at 14; D06's review took 18 minutes.
        WindowStaffing monday = asManager(() -> reports.staffing(ReportFilter.of(LocalDate.of(2024, 5, 6),
                LocalDate.of(2024, 5, 6))));
        assertThat(monday.workingDays()).isEqualTo(1);
        assertThat(monday.handlingMinutes()).isCloseTo(18.0, within(1e-9));
        assertThat(monday.hours()).filteredOn(hour -> hour.arrivals() > 0)
                .extracting(WindowStaffing.Hour::hour, WindowStaffing.Hour::windowsNeeded,
                        WindowStaffing.Hour::windowsStaffed,
                        WindowStaffing.Hour::underStaffed)
                // Two an hour at 18 min: one window would keep them 27 min on average, two keep it under 2.
                .containsExactly(tuple(7, 1, 1.0, false), tuple(9, 2, 2.0, false), tuple(14, 1, 1.0, false));
    }

    @Test
    void windowStaffingFallsBackToTheDefaultHandlingTime() {
        WindowStaffing staffing = asManager(() -> reports.staffing(new ReportFilter(FROM, TO, null, "HRSS-002", null)));
        assertThat(staffing.measured()).isFalse();
        assertThat(staffing.measuredSteps()).isZero();
        assertThat(staffing.handlingMinutes()).isEqualTo(15.0); // onewindow.reporting.staffing.default-handling-minutes
        assertThat(staffing.hours()).extracting(WindowStaffing.Hour::hour, WindowStaffing.Hour::arrivals,
                WindowStaffing.Hour::windowsStaffed).containsExactly(tuple(7, 1L, 0.125), tuple(8, 0L, 0.0),
                        tuple(9, 2L, 0.25));
    }

    @Test
    void forecastWithItsErrorOnPastWeeks() {
        // 30 weeks of DEM-F up to the week of 24 July 2023: too short for two seasons, so Holt's trend method.
        DemandForecast forecast = asManager(() -> reports.forecast(new ReportFilter(LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 7, 31), null, "DEM-F", null), 8));
        assertThat(forecast.lastWeek()).isEqualTo(LocalDate.of(2023, 7, 24)); // 31 July starts a week not yet over
        assertThat(forecast.seasonWeeks()).isEqualTo(52);
        assertThat(forecast.notEnoughHistory()).isEmpty();
        DemandForecast.ItemForecast item = forecast.items().get(0);
        assertThat(item.code()).isEqualTo("DEM-F");
        assertThat(item.model()).isEqualTo(ForecastModel.HOLT);
        assertThat(item.historyWeeks()).isEqualTo(30);
        assertThat(item.weekStarts().get(0)).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(item.actual().subList(26, 30)).containsExactly(31L, 32L, 33L, 34L);
        // Fitted on weeks 1 to 22 (5 ... 26 cases), the back-test continues the line exactly: 27 ... 34.
        assertThat(item.backTest()).containsExactly(27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0);
        assertThat(item.mae()).isCloseTo(0, within(1e-9));
        assertThat(item.mape()).isCloseTo(0, within(1e-9));
        assertThat(item.forecast()).containsExactly(35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0);
        assertThat(item.forecastWeeks()).startsWith(LocalDate.of(2023, 7, 31));
    }

    @Test
    void itemsWithoutEnoughHistoryAreListed() {
        DemandForecast forecast = asManager(() -> reports.forecast(FORTNIGHT, 8));
        assertThat(forecast.lastWeek()).isEqualTo(LocalDate.of(2024, 5, 6));
        // DEM-F: 71 weeks since January 2023 (the last 41 without cases), enough for Holt's method.
        assertThat(forecast.items()).extracting(DemandForecast.ItemForecast::code, DemandForecast.ItemForecast::model,
                DemandForecast.ItemForecast::historyWeeks).containsExactly(tuple("DEM-F", ForecastModel.HOLT, 71));
        // 16 weeks are needed (8 to fit on, 8 held out); the rest started in April 2024.
        assertThat(forecast.notEnoughHistory()).extracting(DemandForecast.NotEnoughHistory::code,
                DemandForecast.NotEnoughHistory::historyWeeks, DemandForecast.NotEnoughHistory::cases,
                DemandForecast.NotEnoughHistory::neededWeeks).containsExactly(tuple("HRSS-001", 5, 9L, 16),
                        tuple("AMR-003", 2, 4L, 16), tuple("HRSS-002", 6, 4L, 16));
    }

    @Test
    void theWholeReportInOneCall() {
        DemandReport report = asManager(() -> reports.report(FORTNIGHT, Granularity.WEEK, Translations.CHINESE));
        assertThat(report.byServiceItem().rows()).hasSize(3);
        assertThat(report.bySegment()).extracting(DemandTable::dimension)
                .containsExactlyElementsOf(DemandDimension.SEGMENTS);
        assertThat(report.bySegment().get(2).rows().get(0).name()).isEqualTo("鼓楼区");
        assertThat(report.arrivals().total()).isEqualTo(12);
        assertThat(report.repeatVisits()).hasSize(3);
        assertThat(report.forecast().weeks()).isEqualTo(8); // onewindow.reporting.forecast.weeks
        assertThat(report.staffing().hours()).hasSize(8);
    }

    @Test
    void onlyManagersSeeDemand() {
        assertThatThrownBy(
                () -> staff.as("frontdesk", () -> reports.report(FORTNIGHT, Granularity.WEEK, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("hrss.head", () -> reports.repeatVisits(FORTNIGHT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private <T> T asManager(java.util.concurrent.Callable<T> action) {
        return staff.as("manager", action);
    }
}
