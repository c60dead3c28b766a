package org.onewindow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.onewindow.reporting.ProcessReportScenarios.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.reporting.HallHistory.SeedCase;
import org.onewindow.reporting.HallHistory.SeedResponse;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Like with like: a fortnight in May 2025 (no other test writes there) in which the online set changed on 12 May
 * from version 1 (the demo hall's five indicators) to a new version with four (CONVENIENCE in both, scored low
 * before and high after), and three phone answers. The new version is written after the channel's newest, as a
 * retired one (the survey never offers it), and removed with its answers after the class.
 */
abstract class IndicatorVersionScenarios {

    static final LocalDate FROM = LocalDate.of(2025, 5, 5);
    static final LocalDate TO = LocalDate.of(2025, 5, 18);
    static final LocalDate CHANGED = LocalDate.of(2025, 5, 12);

    /** The new online version's indicators: code → {Chinese name, English name}. */
    static final Map<String, String[]> NEW_ONLINE_SET = new LinkedHashMap<>();
    static {
        NEW_ONLINE_SET.put("EFFICIENCY", new String[] { "办事效率", "Efficiency" });
        NEW_ONLINE_SET.put("GUIDE_ACCURACY", new String[] { "办事指南精确度", "Guide accuracy" });
        NEW_ONLINE_SET.put("CONVENIENCE", new String[] { "办事便捷度", "Ease of doing" });
        NEW_ONLINE_SET.put("USABILITY", new String[] { "平台操作性", "Platform usability" });
    }

    /** (overall, scores in the set's order) of the answers to each online version. */
    static final List<double[]> VERSION_1 = new ArrayList<>();
    static final List<double[]> NEW_VERSION = new ArrayList<>();

    /** The new online version's number, and where it was written, while the class runs. */
    static Integer newVersion;
    static HallHistory seededIn;

    @Autowired
    SatisfactionReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Staff staff;

    @BeforeEach
    void seedOnce() {
        if (newVersion != null) {
            return;
        }
        VERSION_1.clear();
        NEW_VERSION.clear();
        HallHistory history = new HallHistory(jdbc);
        int version = history.indicatorSet("ONLINE", at("2025-05-12T09:00"), NEW_ONLINE_SET);
        List<SeedCase> cases = new ArrayList<>();
        List<SeedResponse> answers = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            String number = String.format("VER-V%02d", i);
            cases.add(SeedCase.closed(number, "VER-1", "HRSS", "ONLINE", at("2025-05-05T09:00"),
                    at("2025-05-06T10:00"), 1, true));
            int overall = 1 + i % 5;
            int[] scores = { clamp(overall - (i % 3 == 0 ? 1 : 0)), clamp(overall + i % 2),
                    clamp(6 - overall + (i % 4 == 0 ? 1 : 0)), 1 + i % 2, clamp(overall - (i % 7 == 0 ? 1 : 0)) };
            VERSION_1.add(row(overall, scores));
            answers.add(new SeedResponse(number, "VER-1", "HRSS", at("2025-05-06T10:00"), overall, "ONLINE", 1,
                    HallHistory.SeedResponse.demoHallScores(scores), 1, "LINK", "frontdesk", null));
        }
        for (int i = 1; i <= 22; i++) {
            String number = String.format("VER-W%02d", i);
            cases.add(SeedCase.closed(number, "VER-1", "HRSS", "ONLINE", at("2025-05-13T09:00"),
                    at("2025-05-14T10:00"), 1, true));
            int overall = 2 + i % 4;
            int[] scores = { clamp(overall + (i % 3 == 1 ? 1 : 0)), clamp(overall - i % 2), 4 + i % 2,
                    clamp(2 + i % 3) };
            NEW_VERSION.add(row(overall, scores));
            Map<String, Integer> byCode = new LinkedHashMap<>();
            int position = 0;
            for (String code : NEW_ONLINE_SET.keySet()) {
                byCode.put(code, scores[position++]);
            }
            answers.add(new SeedResponse(number, "VER-1", "HRSS", at("2025-05-14T10:00"), overall, "ONLINE", version,
                    byCode, 1, "LINK", "frontdesk", null));
        }
        for (int i = 1; i <= 3; i++) {
            String number = String.format("VER-P%02d", i);
            cases.add(SeedCase.closed(number, "VER-1", "HRSS", "WINDOW", at("2025-05-13T09:00"),
                    at("2025-05-14T10:00"), 1, true));
            answers.add(new SeedResponse(number, "VER-1", "HRSS", at("2025-05-14T10:00"), 2 + i, 2 + i, 3, 3, 3, 3,
                    1, "PHONE", "frontdesk", null));
        }
        history.cases(cases);
        history.responses(answers);
        seededIn = history;
        newVersion = version;
    }

    @AfterAll
    static void removeTheNewVersion() {
        if (newVersion != null) {
            seededIn.removeIndicatorSet("ONLINE", newVersion);
            newVersion = null;
            seededIn = null;
        }
    }

    @Test
    void twoVersionsOfOneChannelAreTwoBlocksAndNothingIsPooled() {
        IndicatorReport report = asManager(() -> reports.indicators(ReportFilter.of(FROM, TO)));
        assertThat(report.answers()).isEqualTo(49);
        assertThat(report.versions()).extracting(IndicatorReport.SetVersion::channel,
                IndicatorReport.SetVersion::version, IndicatorReport.SetVersion::answers).containsExactly(
                        tuple("ONLINE", 1, 24L), tuple("ONLINE", newVersion, 22L), tuple("PHONE", 1, 3L));
        IndicatorReport.SetVersion before = report.versions().get(0);
        IndicatorReport.SetVersion after = report.versions().get(1);
        assertThat(before.indicators()).extracting(IndicatorReport.Indicator::code)
                .containsExactlyElementsOf(HallHistory.DEMO_HALL_INDICATORS);
        assertThat(after.indicators()).extracting(IndicatorReport.Indicator::code)
                .containsExactlyElementsOf(NEW_ONLINE_SET.keySet());
        assertThat(after.indicators()).extracting(indicator -> indicator.name(Locale.ENGLISH))
                .containsExactly("Efficiency", "Guide accuracy", "Ease of doing", "Platform usability");
        assertThat(after.publishedOn()).isEqualTo(CHANGED);
        // CONVENIENCE is in both versions: 1.5 before, 4.5 after, never the 2.93 of both together.
        assertThat(before.indicators().get(3)).satisfies(convenience -> {
            assertThat(convenience.code()).isEqualTo("CONVENIENCE");
            assertThat(convenience.scored()).isEqualTo(24);
            assertThat(convenience.mean()).isCloseTo(1.5, within(1e-9));
        });
        assertThat(after.indicators().get(2)).satisfies(convenience -> {
            assertThat(convenience.code()).isEqualTo("CONVENIENCE");
            assertThat(convenience.scored()).isEqualTo(22);
            assertThat(convenience.mean()).isCloseTo(4.5, within(1e-9));
        });

        assertThat(report.changes()).containsExactly(new IndicatorReport.SetChange("ONLINE", 1, newVersion, CHANGED));
        assertThat(ReportTexts.of(Locale.ENGLISH).setChange(report.changes().get(0))).isEqualTo(
                "The indicator set of “Online request” changed on May 12, 2025: version 1 until then, version "
                        + newVersion + " after; figures are shown per version.");
        assertThat(ReportTexts.of(Locale.SIMPLIFIED_CHINESE).setChange(report.changes().get(0))).isEqualTo(
                "“网上申办”指标集于2025年5月12日更换：此前为第1版，此后为第" + newVersion + "版；各项数字按版本分别列出。");
    }

    @Test
    void importancePerformanceAndAlphaAreComputedPerVersionOverItsOwnIndicators() {
        IndicatorReport report = asManager(() -> reports.indicators(ReportFilter.of(FROM, TO)));
        IndicatorReport.SetVersion before = report.versions().get(0);
        IndicatorReport.SetVersion after = report.versions().get(1);
        assertThat(before.tooFew()).isFalse();
        assertThat(after.tooFew()).isFalse();
        assertThat(before.completeAnswers()).isEqualTo(24);
        SatisfactionReportScenarios.assertAnalysed(before, VERSION_1);
        SatisfactionReportScenarios.assertAnalysed(after, NEW_VERSION);
        // Figures worked out by hand from the seeded scores: CONVENIENCE after the change is 4 or 5 half the time
        // each (mean 4.5, standard deviation 0.512), so its interval is 4.5 ± 2.080 · 0.512 / √22.
        assertThat(after.indicators().get(2).low()).isCloseTo(4.273, within(0.001));
        assertThat(after.indicators().get(2).high()).isCloseTo(4.727, within(0.001));
        assertThat(before.alpha()).isNotEqualTo(after.alpha());
    }

    @Test
    void aVersionWithTooFewAnswersSaysSoInsteadOfQuadrantsAndAlpha() {
        IndicatorReport report = asManager(() -> reports.indicators(ReportFilter.of(FROM, TO)));
        IndicatorReport.SetVersion phone = report.versions().get(2);
        assertThat(phone.channel()).isEqualTo("PHONE");
        assertThat(phone.completeAnswers()).isEqualTo(3);
        assertThat(phone.tooFew()).isTrue();
        assertThat(phone.alpha()).isNull();
        assertThat(phone.meanImportance()).isNull();
        assertThat(phone.indicators()).extracting(IndicatorReport.Indicator::quadrant).containsOnlyNulls();
        assertThat(phone.indicators().get(0).mean()).isCloseTo(4.0, within(1e-9)); // 3, 4, 5
        assertThat(phone.indicators().get(1).low()).isCloseTo(3.0, within(1e-9)); // always 3: no spread
    }

    @Test
    void theReportsChannelFilterChoosesTheCasesWhoseAnswersAreAnalysed() {
        IndicatorReport online = asManager(
                () -> reports.indicators(new ReportFilter(FROM, TO, null, null, "ONLINE")));
        assertThat(online.versions()).extracting(IndicatorReport.SetVersion::channel,
                IndicatorReport.SetVersion::version).containsExactly(tuple("ONLINE", 1), tuple("ONLINE", newVersion));
        assertThat(online.changes()).hasSize(1);
        IndicatorReport window = asManager(
                () -> reports.indicators(new ReportFilter(FROM, TO, null, null, "WINDOW")));
        assertThat(window.versions()).extracting(IndicatorReport.SetVersion::channel).containsExactly("PHONE");
        assertThat(window.changes()).isEmpty();
        // Before the change only version 1 was answered: one block, nothing to say about a change.
        IndicatorReport firstWeek = asManager(
                () -> reports.indicators(ReportFilter.of(FROM, CHANGED.minusDays(1))));
        assertThat(firstWeek.versions()).extracting(IndicatorReport.SetVersion::version).containsExactly(1);
        assertThat(firstWeek.changes()).isEmpty();
    }

    private static double[] row(int overall, int[] scores) {
        double[] row = new double[scores.length + 1];
        row[0] = overall;
        for (int i = 0; i < scores.length; i++) {
            row[i + 1] = scores[i];
        }
        return row;
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }

    private <T> T asManager(java.util.concurrent.Callable<T> action) {
        return staff.as("manager", action);
    }
}
