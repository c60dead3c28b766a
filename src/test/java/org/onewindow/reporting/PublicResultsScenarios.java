package org.onewindow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.onewindow.reporting.ProcessReportScenarios.at;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.reporting.HallHistory.SeedCase;
import org.onewindow.reporting.HallHistory.SeedResponse;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public results on a seeded March 2021 (no other test writes in 2021), the hall's clock set to 15 March 2021,
 * 10:00 in Asia/Shanghai. Item HRSS-001 (HRSS): 27 cases closed in March, one of them at 00:30 on 1 March hall time
 * (still February in UTC), 24 evaluations that count (21 good, 3 bad: one rectified on time, one late, one still
 * being rectified), one more bad review excluded after an upheld appeal, a supplementary review, two cases without an
 * answer; one more closed and evaluated at 23:30 on 28 February hall time (this year, not this month) and one on
 * 31 December 2020 (neither). Item AMR-001 (AMR): 5 evaluations, too few for a rate.
 */
abstract class PublicResultsScenarios {

    static final Instant NOW = at("2021-03-15T10:00");
    private static final String COMMENT = "The clerk Zhang San was rude";

    @Autowired
    PublicResultsService results;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void seedOnce() {
        if (jdbc.queryForObject("select count(*) from intake_case where case_number = 'PUB-H01'", Integer.class) > 0) {
            return;
        }
        HallHistory history = new HallHistory(jdbc);
        List<SeedCase> cases = new ArrayList<>();
        List<SeedResponse> answers = new ArrayList<>();
        for (int i = 1; i <= 27; i++) {
            String number = String.format("PUB-H%02d", i);
            Instant closed = i == 21 ? at("2021-03-01T00:30") : at(i <= 25 ? "2021-03-10T10:00" : "2021-03-11T10:00");
            cases.add(SeedCase.closed(number, "HRSS-001", "HRSS", "WINDOW", closed.minus(Duration.ofDays(3)), closed,
                    3, true));
            if (i <= 21) {
                answers.add(answer(number, "HRSS-001", "HRSS", closed, 3 + i % 3, null));
            } else if (i <= 25) {
                answers.add(answer(number, "HRSS-001", "HRSS", closed, i % 2 == 0 ? 2 : 1, COMMENT));
            }
        }
        Instant february = at("2021-02-28T23:30");
        Instant lastYear = at("2020-12-31T23:30");
        cases.add(SeedCase.closed("PUB-H28", "HRSS-001", "HRSS", "ONLINE", february.minus(Duration.ofDays(2)),
                february, 2, true));
        cases.add(SeedCase.closed("PUB-H29", "HRSS-001", "HRSS", "ONLINE", lastYear.minus(Duration.ofDays(2)),
                lastYear, 2, true));
        answers.add(answer("PUB-H28", "HRSS-001", "HRSS", february, 5, null));
        answers.add(answer("PUB-H29", "HRSS-001", "HRSS", lastYear, 1, COMMENT));
        for (int i = 1; i <= 5; i++) {
            String number = String.format("PUB-A%02d", i);
            Instant closed = at("2021-03-12T09:00");
            cases.add(SeedCase.closed(number, "AMR-001", "AMR", "ONLINE", closed.minus(Duration.ofDays(5)), closed,
                    5, true));
            answers.add(answer(number, "AMR-001", "AMR", closed, i == 1 ? 1 : 5, i == 1 ? COMMENT : null));
        }
        history.cases(cases);
        history.responses(answers);
        // H22 rectified by its deadline, H23 after it, H24 still being rectified (due after now); H25 appealed and
        // upheld: the satisfaction module then excludes the answer (exclusion_reason).
        rectification("PUB-H22", "FED_BACK", at("2021-03-30T18:00"), at("2021-03-12T10:00"));
        rectification("PUB-H23", "FED_BACK", at("2021-03-11T18:00"), at("2021-03-12T10:00"));
        rectification("PUB-H24", "RECTIFYING", at("2021-03-31T18:00"), null);
        rectification("PUB-H25", "EXCLUDED", null, null);
        jdbc.update("update sat_response set exclusion_reason = 'Malicious, appeal upheld' where case_number = ?",
                "PUB-H25");
        // The citizen of H22 added a supplementary review after the rectification: not a second evaluation.
        jdbc.update(
                """
                        insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code, closed_at,
                            overall, indicator_set_id, visits, comment, channel, answered_at, supplementary)
                        select invitation_id, case_number, service_item_code, lead_department_code, closed_at, 5,
                            indicator_set_id, 1, 'Fixed now', channel, answered_at, true
                        from sat_response where case_number = 'PUB-H22'""");
    }

    private static SeedResponse answer(String number, String item, String department, Instant closed, int overall,
            String comment) {
        return new SeedResponse(number, item, department, closed, overall, overall, overall, overall, overall,
                overall, 1, "LINK", "frontdesk", comment);
    }

    private void rectification(String caseNumber, String stage, Instant rectifyDue, Instant rectified) {
        jdbc.update("""
                insert into sat_rectification (case_number, invitation_id, department_code, service_item_code,
                    service_item_name, closed_at, stage, opened_at, verify_due_at, verified_at, verdict, rectify_due_at,
                    rectified_at, rectified_by, measures)
                select case_number, id, lead_department_code, service_item_code, service_item_name, closed_at, ?,
                    closed_at, closed_at + interval '1' day, closed_at + interval '2' hour, 'JUSTIFIED', ?, ?,
                    'hrss.worker', 'Talked to the clerk Zhang San'
                from sat_invitation where case_number = ?""", stage, utc(rectifyDue), utc(rectified), caseNumber);
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The figures as computed at {@link #NOW}. */
    private PublicResults computed() {
        clock.advance(Duration.between(clock.instant(), NOW));
        return results.refresh();
    }

    private static PublicResults.Row row(List<PublicResults.Row> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aDepartmentsMonthCountsFirstEvaluationsOfCasesClosedInTheHallsMonth() {
        PublicResults figures = computed();
        assertThat(figures.month()).isEqualTo(YearMonth.of(2021, 3));
        assertThat(figures.minimumEvaluations()).isEqualTo(20);
        assertThat(figures.asOf()).isCloseTo(NOW, within(Duration.ofSeconds(5)));

        PublicResults.Figures hrss = row(figures.thisMonth().departments(), "HRSS").figures();
        // 27 closed (H21 at 00:30 on 1 March hall time counts, H28 at 23:30 on 28 February does not); H25 excluded.
        assertThat(hrss.closedCases()).isEqualTo(27);
        assertThat(hrss.evaluations()).isEqualTo(24);
        assertThat(hrss.enough()).isTrue();
        assertThat(hrss.evaluationRate()).isCloseTo(24.0 / 27, within(1e-9));
        assertThat(hrss.goodRate()).isCloseTo(21.0 / 24, within(1e-9));
        assertThat(hrss.badReviews()).isEqualTo(3);
        assertThat(hrss.rectifiedOnTime()).isEqualTo(1);
        // Wilson's 95% score interval of 21 of 24, by its formula.
        double[] wilson = wilson(21, 24);
        assertThat(hrss.goodLow()).isCloseTo(wilson[0], within(1e-6));
        assertThat(hrss.goodHigh()).isCloseTo(wilson[1], within(1e-6));
        assertThat(hrss.goodLow()).isCloseTo(0.690, within(0.001));
        assertThat(hrss.goodHigh()).isCloseTo(0.957, within(0.001));

        PublicResults.Row item = row(figures.thisMonth().items(), "HRSS-001");
        assertThat(item.departmentCode()).isEqualTo("HRSS");
        assertThat(item.figures()).isEqualTo(hrss);
    }

    @Test
    void theYearAddsTheHallsFebruaryButNotLastYear() {
        PublicResults.Figures hrss = row(computed().thisYear().departments(), "HRSS").figures();
        assertThat(hrss.closedCases()).isEqualTo(28);
        assertThat(hrss.evaluations()).isEqualTo(25);
        assertThat(hrss.goodRate()).isCloseTo(22.0 / 25, within(1e-9));
        assertThat(hrss.badReviews()).isEqualTo(3);
        assertThat(hrss.rectifiedOnTime()).isEqualTo(1);
        double[] wilson = wilson(22, 25);
        assertThat(hrss.goodLow()).isCloseTo(wilson[0], within(1e-6));
        assertThat(hrss.goodHigh()).isCloseTo(wilson[1], within(1e-6));
    }

    @Test
    void aDepartmentWithTooFewEvaluationsShowsCountsButNoRateNorBadReviews() {
        PublicResults figures = computed();
        PublicResults.Figures amr = row(figures.thisMonth().departments(), "AMR").figures();
        assertThat(amr.evaluations()).isEqualTo(5);
        assertThat(amr.closedCases()).isEqualTo(5);
        assertThat(amr.enough()).isFalse();
        assertThat(amr.evaluationRate()).isNull();
        assertThat(amr.goodRate()).isNull();
        assertThat(amr.goodLow()).isNull();
        assertThat(amr.goodHigh()).isNull();
        assertThat(amr.badReviews()).isNull();
        assertThat(amr.rectifiedOnTime()).isNull();
        assertThat(row(figures.thisMonth().items(), "AMR-001").figures().enough()).isFalse();
    }

    @Test
    void theHallIsTheSumOfItsDepartments() {
        PublicResults.Period month = computed().thisMonth();
        PublicResults.Figures hall = month.hall();
        assertThat(hall.closedCases()).isEqualTo(
                month.departments().stream().mapToLong(r -> r.figures().closedCases()).sum());
        assertThat(hall.evaluations()).isEqualTo(
                month.departments().stream().mapToLong(r -> r.figures().evaluations()).sum());
        assertThat(hall.closedCases()).isEqualTo(32);
        assertThat(hall.evaluations()).isEqualTo(29);
        assertThat(hall.goodRate()).isCloseTo(25.0 / 29, within(1e-9));
        assertThat(hall.badReviews()).isEqualTo(4); // AMR's one bad review counts in the hall's total
        assertThat(hall.rectifiedOnTime()).isEqualTo(1);
    }

    @Test
    void namesAreInBothLanguages() {
        PublicResults.Period month = computed().thisMonth();
        PublicResults.Row hrss = row(month.departments(), "HRSS");
        assertThat(hrss.name(Translations.CHINESE)).isEqualTo("人力资源和社会保障局");
        assertThat(hrss.name(Translations.ENGLISH)).isEqualTo("Human Resources and Social Security Bureau");
        PublicResults.Row item = row(month.items(), "HRSS-001");
        assertThat(item.name(Translations.CHINESE)).isEqualTo("社会保障卡补换");
        assertThat(item.name(Translations.ENGLISH)).isEqualTo("Social security card application");
    }

    @Test
    void nothingPersonalIsInTheResults() {
        String everything = computed().toString();
        assertThat(everything).doesNotContain("PUB-", "Zhang San", "Seeded citizen", "13800000000", "frontdesk",
                "hrss.worker", "Malicious", "Fixed now");
        // Only these kinds of values: instants, months, counts, rates, codes and names of departments and items.
        assertThat(PublicResults.Figures.class.getRecordComponents()).extracting(c -> c.getType().getSimpleName())
                .containsOnly("long", "boolean", "Double", "Long");
        assertThat(PublicResults.Row.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("code", "nameZh", "nameEn", "departmentCode", "figures");
    }

    @Test
    void thePageReadsTheFiguresLastComputedUntilTheNextRefresh() {
        PublicResults computed = computed();
        assertThat(results.current().asOf()).isAfterOrEqualTo(computed.asOf());
        jdbc.update("update sat_response set overall = 5 where case_number = 'PUB-H24'");
        try {
            PublicResults cached = results.current();
            assertThat(row(cached.thisMonth().departments(), "HRSS").figures().badReviews()).isEqualTo(3);
            assertThat(row(results.refresh().thisMonth().departments(), "HRSS").figures().badReviews()).isEqualTo(2);
        } finally {
            jdbc.update("update sat_response set overall = 2 where case_number = 'PUB-H24'");
        }
    }

    /** Wilson's score interval at 95%: (p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n). */
    static double[] wilson(long good, long n) {
        double z = 1.959963984540054;
        double p = (double) good / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        return new double[] { centre - half, centre + half };
    }
}
