package org.onewindow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.IndicatorReport;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.internal.stats.ChiSquareComparison;
import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.shared.AppRoles;

/**
 * Every code a report names (channels, indicator set channels, levels, quadrants, weekdays, groupings, queues, verdicts) has
 * a text in both languages, and numbers, durations and periods read as each language writes them. The keys are
 * built from the codes at run time, so only this test finds a code without a text.
 */
class ReportTextsTest {

    private static final ReportTexts CHINESE = ReportTexts.of(Locale.SIMPLIFIED_CHINESE);
    private static final ReportTexts ENGLISH = ReportTexts.of(Locale.ENGLISH);

    @Test
    void everyCodeAReportNamesHasATextInBothLanguages() {
        assertNamed(List.of("WINDOW", "ONLINE", "LINK", "KIOSK", "PHONE"), ReportTexts::channel);
        assertNamed(List.of(1, 2, 3, 4, 5), ReportTexts::level);
        assertNamed(List.of("WINDOW", "SMS", "ONLINE", "PHONE", "PROVINCE"), ReportTexts::indicatorChannel);
        assertNamed(names(ImportancePerformance.Quadrant.values()), ReportTexts::quadrant);
        assertNamed(List.of(DayOfWeek.values()), ReportTexts::weekday);
        assertNamed(List.of(Granularity.values()), ReportTexts::granularity);
        assertNamed(names(Ranking.Group.values()), (texts, group) -> texts.t("reporting.ranking.group." + group));
        assertNamed(AppRoles.ALL, (texts, role) -> texts.t("shared.role." + role));
        assertNamed(names(ChiSquareComparison.Verdict.values()),
                (texts, verdict) -> texts.t("reporting.satisfaction.bias." + verdict, "1.00", 2, "0.0500"));
    }

    @Test
    void countsReadInTheSingularForOneInEnglishAndWithoutPluralsInChinese() {
        assertThat(ENGLISH.t("reporting.process.figure.oneVisit", 1L)).isEqualTo("at most one visit (1 answer)");
        assertThat(ENGLISH.t("reporting.process.figure.oneVisit", 2L)).isEqualTo("at most one visit (2 answers)");
        assertThat(ENGLISH.t("reporting.process.figure.oneVisit", 0L)).isEqualTo("at most one visit (0 answers)");
        assertThat(ENGLISH.t("reporting.process.figure.oneVisit", 12345L))
                .isEqualTo("at most one visit (12,345 answers)");
        assertThat(CHINESE.t("reporting.process.figure.oneVisit", 1L)).isEqualTo("最多跑一次（1 条评价）");
        assertThat(ENGLISH.t("reporting.satisfaction.alpha.none", "–", 1L)).endsWith("(n = 1 complete answer)");
        assertThat(ENGLISH.t("reporting.process.age.upTo", 1)).isEqualTo("up to 1 day");
        assertThat(ENGLISH.t("reporting.process.age.between", 2, 5)).isEqualTo("2 to 5 days");
        assertThat(ENGLISH.t("reporting.demand.forecast.notEnoughItem", "Marriage", 1)).isEqualTo("Marriage (1 week)");
        assertThat(CHINESE.t("reporting.demand.forecast.notEnoughItem", "结婚登记", 1)).isEqualTo("结婚登记（1 周）");
        assertThat(ENGLISH.t("reporting.satisfaction.bias.counts", 1L, "100.0%", 3L, "66.7%"))
                .isEqualTo("Window kiosk: 1 answer, 100.0% good. Link and phone: 3 answers, 66.7% good.");
        assertThat(ENGLISH.t("reporting.satisfaction.bias.SIGNIFICANT", "9.51", 1, "0.0123"))
                .contains("chi-square 9.51, 1 degree of freedom");
    }

    @Test
    void namesReadAsManagersKnowThem() {
        assertThat(CHINESE.level(5)).isEqualTo("非常满意");
        assertThat(ENGLISH.level(1)).isEqualTo("Very dissatisfied");
        assertThat(CHINESE.channel("KIOSK")).isEqualTo("窗口评价器");
        assertThat(ENGLISH.channel("WINDOW")).isEqualTo("At the window");
        assertThat(CHINESE.channel("FAX")).isEqualTo("FAX"); // an unknown code is shown as it is
        assertThat(CHINESE.indicatorChannel("WINDOW")).isEqualTo("窗口（含评价器）");
        assertThat(ENGLISH.indicatorChannel("SMS")).isEqualTo("SMS link");
        assertThat(ENGLISH.indicatorChannel("FAX")).isEqualTo("FAX");
        IndicatorReport.SetVersion published = new IndicatorReport.SetVersion(1, "PHONE", 3,
                java.time.LocalDate.of(2026, 3, 2), 0, 0, true, List.of(), null, null, null);
        assertThat(ENGLISH.setVersion(published)).isEqualTo("Phone follow-up · version 3 (published Mar 2, 2026)");
        assertThat(CHINESE.setVersion(published)).isEqualTo("电话回访 · 第3版（2026年3月2日发布）");
        IndicatorReport.SetVersion draft = new IndicatorReport.SetVersion(1, "PHONE", 4, null, 0, 0, true, List.of(),
                null, null, null);
        assertThat(ENGLISH.setVersion(draft)).isEqualTo("Phone follow-up · version 4");
        assertThat(CHINESE.setChange(new IndicatorReport.SetChange("SMS", 1, 2, java.time.LocalDate.of(2026, 3, 2))))
                .isEqualTo("“短信评价链接”指标集于2026年3月2日更换：此前为第1版，此后为第2版；各项数字按版本分别列出。");
        assertThat(CHINESE.quadrant("CONCENTRATE_HERE")).isEqualTo("重点改进");
        assertThat(ENGLISH.quadrant("CONCENTRATE_HERE")).isEqualTo("Concentrate here");
        assertThat(CHINESE.weekday(DayOfWeek.MONDAY)).isEqualTo("周一");
        assertThatThrownBy(() -> CHINESE.level(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersDurationsAndPeriodsPerLanguage() {
        assertThat(CHINESE.integer(12345)).isEqualTo("12,345");
        assertThat(CHINESE.percent(0.8333)).isEqualTo("83.3%");
        assertThat(ENGLISH.percent(null)).isEqualTo(ReportTexts.NONE);
        assertThat(ENGLISH.decimal(Double.NaN, 2)).isEqualTo(ReportTexts.NONE);
        assertThat(CHINESE.workingDays(3.46)).isEqualTo("3.5个工作日");
        assertThat(ENGLISH.workingDays(3.46)).isEqualTo("3.5 wd");
        assertThat(CHINESE.hours(0.5)).isEqualTo("30分钟");
        assertThat(ENGLISH.hours(1.5)).isEqualTo("1.5 h");
        assertThat(CHINESE.hours(1.5)).isEqualTo("1.5小时");
        assertThat(CHINESE.hours(60.0)).isEqualTo("2.5天");
        assertThat(ENGLISH.hours(60.0)).isEqualTo("2.5 d");
        assertThat(ENGLISH.hours(null)).isEqualTo(ReportTexts.NONE);

        LocalDate monday = LocalDate.of(2025, 3, 3);
        assertThat(CHINESE.period(monday, Granularity.WEEK)).isEqualTo("2025年第10周");
        assertThat(ENGLISH.period(monday, Granularity.WEEK)).isEqualTo("2025-W10");
        assertThat(ENGLISH.period(LocalDate.of(2025, 1, 6), Granularity.WEEK)).isEqualTo("2025-W02");
        // The ISO week-based year: 29 December 2025 is in week 1 of 2026.
        assertThat(CHINESE.period(LocalDate.of(2025, 12, 29), Granularity.WEEK)).isEqualTo("2026年第1周");
        assertThat(CHINESE.period(LocalDate.of(2025, 3, 1), Granularity.MONTH)).isEqualTo("2025年3月");
        assertThat(ENGLISH.period(LocalDate.of(2025, 3, 1), Granularity.MONTH)).isEqualTo("Mar 2025");
        assertThat(CHINESE.month(YearMonth.of(2025, 11))).isEqualTo("2025年11月");
        assertThat(ENGLISH.month(YearMonth.of(2025, 11))).isEqualTo("November 2025");
    }

    @Test
    void anyChineseIsSimplifiedChineseAndAnythingElseEnglish() {
        assertThat(ReportTexts.of(Locale.TRADITIONAL_CHINESE).level(4)).isEqualTo("满意");
        assertThat(ReportTexts.of(Locale.GERMAN).level(4)).isEqualTo("Satisfied");
        assertThat(ReportTexts.of(null).locale()).isEqualTo(Locale.ENGLISH);
    }

    private static <T> void assertNamed(List<T> codes, BiFunction<ReportTexts, T, String> name) {
        for (T code : codes) {
            String chinese = name.apply(CHINESE, code);
            String english = name.apply(ENGLISH, code);
            assertThat(chinese).as("Chinese name of %s", code).doesNotStartWith("!").isNotBlank();
            assertThat(english).as("English name of %s", code).doesNotStartWith("!").isNotBlank();
            assertThat(chinese).as("Chinese name of %s", code).isNotEqualTo(english);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
