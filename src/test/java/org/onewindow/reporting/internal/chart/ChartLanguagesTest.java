package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.chart.HorizontalBarChart.Bar;
import org.onewindow.reporting.internal.chart.LineChart.Series;
import org.onewindow.reporting.internal.chart.StackedShareChart.Group;
import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.reporting.internal.stats.ImportancePerformance.Indicator;
import org.onewindow.shared.i18n.Translations;

/**
 * Charts are drawn in the language they are given, not the server's or the thread's: the caller's texts (title,
 * axes, legend) as passed, and the charts' own texts (descriptions, tooltips, no-data message, quadrant names,
 * weekdays) from the reporting bundle.
 */
class ChartLanguagesTest {

    @Test
    void barChartInChineseAndInEnglish() {
        List<Bar> bars = List.of(Bar.withInterval("人社局", 0.8, 0.61, 0.91), Bar.withInterval("HRSS", 0.75, 0.3, 0.95));
        SvgDocument zh = SvgDocument.parse(new HorizontalBarChart("各部门好评率", "承办部门", "好评率（%）",
                ValueFormat.percent(0), bars).toSvg(Translations.CHINESE)).assertAccessible("各部门好评率");
        assertThat(zh.texts()).contains("各部门好评率", "承办部门", "好评率（%）", "人社局", "80%");
        assertThat(zh.description()).startsWith("横向条形图，按承办部门显示好评率（%），共 2 项：")
                .contains("人社局：80%（61% 至 91%）；HRSS：75%（30% 至 95%）").endsWith("。");
        assertThat(SvgDocument.tooltip(zh.groups("ow-bar").get(0))).isEqualTo("人社局：80%（61% 至 91%）");

        SvgDocument en = SvgDocument.parse(new HorizontalBarChart("Good-review rate by department", "Department",
                "Good reviews (%)", ValueFormat.percent(0), bars).toSvg(Translations.ENGLISH))
                .assertAccessible("Good-review rate by department");
        assertThat(en.texts()).contains("Good-review rate by department", "Department", "Good reviews (%)");
        assertThat(en.description()).isEqualTo("Horizontal bar chart of Good reviews (%) by Department, 2 bars: "
                + "人社局: 80% (61% to 91%); HRSS: 75% (30% to 95%).");
    }

    @Test
    void longDescriptionsSayHowManyTheyLeftOutInTheirLanguage() {
        List<Bar> bars = java.util.stream.IntStream.range(0, 45).mapToObj(i -> Bar.of("D" + i, i)).toList();
        assertThat(SvgDocument.parse(new HorizontalBarChart("T", "x", "y", ValueFormat.count(), bars)
                .toSvg(Translations.CHINESE)).description()).endsWith("D39：39；另有 5 项。");
        assertThat(SvgDocument.parse(new HorizontalBarChart("T", "x", "y", ValueFormat.count(), bars)
                .toSvg(Translations.ENGLISH)).description()).endsWith("D39: 39; and 5 more.");
    }

    @Test
    void emptyChartsSayNoDataInTheReadersLanguage() {
        HorizontalBarChart empty = new HorizontalBarChart("排名", "部门", "好评率", ValueFormat.percent(0), List.of());
        assertThat(SvgDocument.parse(empty.toSvg(Translations.CHINESE)).texts()).contains("排名", "所选范围内没有数据");
        assertThat(SvgDocument.parse(empty.toSvg(Translations.ENGLISH)).texts()).contains("No data for this selection");
        LineChart noLine = new LineChart("趋势", "周期", "办件数", ValueFormat.count(), List.of(), List.of(), true);
        assertThat(SvgDocument.parse(noLine.toSvg(Translations.CHINESE)).texts()).contains("所选范围内没有数据");
    }

    @Test
    void lineChartDescribesItsSeriesInChinese() {
        SvgDocument zh = SvgDocument.parse(new LineChart("受理与办结办件数", "周期", "办件数（件）", ValueFormat.count(),
                List.of("2026年第45周", "2026年第46周"), List.of(new Series("受理", List.of(10.0, 12.0)),
                        new Series("办结", List.of(8.0, 9.0))),
                true).toSvg(Translations.CHINESE));
        assertThat(zh.texts()).contains("受理与办结办件数", "周期", "办件数（件）", "受理", "办结", "2026年第45周");
        assertThat(zh.description()).isEqualTo("折线图，按周期显示办件数（件），从2026年第45周到2026年第46周。 "
                + "受理：最低 10，最高 12，最近一期 12。 办结：最低 8，最高 9，最近一期 9。");
    }

    @Test
    void stackedSharesInChinese() {
        SvgDocument zh = SvgDocument.parse(new StackedShareChart("各评价渠道的评价等级分布", "评价渠道", "占评价数比例（%）",
                List.of("非常不满意", "不满意", "基本满意", "满意", "非常满意"),
                List.of(new Group("窗口评价器", List.of(0L, 0L, 0L, 1L, 3L)),
                        new Group("电话回访", List.of(0L, 0L, 0L, 0L, 0L))))
                .toSvg(Translations.CHINESE));
        assertThat(zh.texts()).contains("非常满意", "评价渠道", "占评价数比例（%）", "n = 4");
        assertThat(zh.description()).startsWith("百分比堆积条形图，按评价渠道显示占评价数比例（%）。")
                .contains("窗口评价器（n = 4）：非常不满意 0%，不满意 0%，基本满意 0%，满意 25%，非常满意 75%。")
                .endsWith("电话回访（n = 0）。");
        assertThat(SvgDocument.tooltip(zh.groups("ow-stack").get(0))).isEqualTo("窗口评价器（n = 4）");
    }

    @Test
    void quadrantNamesFollowTheLanguage() {
        ImportancePerformance.Analysis analysis = ImportancePerformance.analyse(List.of(new Indicator("办理时效", 0.8, 4.5),
                new Indicator("服务态度", 0.7, 3.0), new Indicator("办事公开", 0.2, 3.2), new Indicator("便捷程度", 0.3, 4.6)));
        SvgDocument zh = SvgDocument.parse(QuadrantChart.importancePerformance("重要性—表现分析", "表现：平均分（1–5）",
                "重要性：与总体评价的相关系数", analysis, Translations.CHINESE).toSvg(Translations.CHINESE));
        assertThat(zh.texts()).contains("继续保持", "重点改进", "暂缓改进", "可能投入过度", "表现：平均分（1–5）",
                "重要性：与总体评价的相关系数", "办理时效");
        assertThat(zh.description()).startsWith("四象限图，纵轴为重要性：与总体评价的相关系数，横轴为表现：平均分（1–5）")
                .contains("服务态度：3.00，0.70，重点改进。");

        SvgDocument en = SvgDocument.parse(QuadrantChart.importancePerformance("What to improve first", "Performance",
                "Importance", analysis, Translations.ENGLISH).toSvg(Translations.ENGLISH));
        assertThat(en.texts())
                .contains("Keep up the good work", "Concentrate here", "Low priority", "Possible overkill")
                .doesNotContain("重点改进");
    }

    @Test
    void heatMapNamesWeekdaysAndAxesInChinese() {
        double[][] arrivals = new double[7][24];
        arrivals[0][10] = 60;
        SvgDocument zh = SvgDocument.parse(HeatMap.weekdayByHour("到访热力图", "每小时到访人数（人）", ValueFormat.count(),
                arrivals, Translations.CHINESE).toSvg(Translations.CHINESE));
        assertThat(zh.texts()).contains("周一", "周日", "星期", "时段（时）", "每小时到访人数（人）");
        assertThat(zh.elements("rect")).anySatisfy(cell -> assertThat(SvgDocument.tooltip(cell)).isEqualTo("周一 10：60"));
        assertThat(zh.description()).isEqualTo("热力图，按星期和时段（时）显示每小时到访人数（人），范围 0 至 60。最高：周一 10。");
        assertThat(HeatMap.weekdays(Translations.ENGLISH)).containsExactly("Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
                "Sun");
    }

    @Test
    void aChartDrawnOnAnotherThreadKeepsTheLanguageItWasGiven() throws Exception {
        HorizontalBarChart chart = new HorizontalBarChart("办结办件", "部门", "办件数", ValueFormat.count(), List.of());
        // A pool thread has no screen and no request: only the locale passed in decides.
        String svg = CompletableFuture.supplyAsync(() -> chart.toSvg(Translations.CHINESE)).get();
        assertThat(SvgDocument.parse(svg).texts()).contains("所选范围内没有数据");
    }
}
