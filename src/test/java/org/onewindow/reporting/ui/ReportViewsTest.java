package org.onewindow.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.ChannelBias;
import org.onewindow.reporting.CycleTime;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.LevelDistribution;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.ProcessSummary;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.TrendPoint;
import org.onewindow.reporting.internal.export.Figure;
import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.reporting.ui.ReportParts.ExportLinks;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * The three report pages in Chinese and in English: every heading, label, figure, table and chart in the
 * screen's language, no raw key ("!reporting...") anywhere, component ids as the browser test knows them, and
 * exports whose headers follow the page's language even when a download builds them on another thread.
 */
class ReportViewsTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), HALL);

    private final ProcessReportService process = mock(ProcessReportService.class);
    private final SatisfactionReportService satisfaction = mock(SatisfactionReportService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private final CatalogService catalog = mock(CatalogService.class);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        ReportFixtures.stub(process, satisfaction, directory, catalog);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void processReportInChinese() throws Exception {
        UI.getCurrent().setLocale(Translations.CHINESE);
        ProcessReportView view = new ProcessReportView(process, directory, catalog, CLOCK);
        UI.getCurrent().add(view);

        ReportViewChecks.assertNoRawKey(view);
        assertThat(view.getPageTitle()).isEqualTo("办件流程报表 | 一窗通办");
        assertThat(_get(view, H1.class).getText()).isEqualTo("办件流程报表");
        verify(process).report(any(), eq(Granularity.WEEK), eq(Translations.CHINESE));
        assertThat(text(view, "figure-received")).isEqualTo("1,234");
        assertThat(text(view, "figure-on-time")).isEqualTo("87.5%");
        assertThat(text(view, "figure-cycle-mean")).isEqualTo("3.2个工作日");
        assertThat(captions(view)).contains("受理办件", "办结办件", "当前在办", "最多跑一次（40 条评价）");
        assertThat(chart(view, "chart-backlog-age")).contains("在办办件按受理至今时长分布", "5天以内", "6至15天", "超过30天");
        assertThat(chart(view, "chart-volume-trend")).contains("受理与办结办件数", "2026年第45周", "折线图");
        assertThat(chart(view, "chart-bottleneck-diagram")).contains(">zh<");
        Grid<?> steps = grid(view, "report-bottlenecks-grid");
        assertThat(ReportViewChecks.headers(steps)).startsWith("环节", "任务数", "已完成", "平均等待");
        assertThat(GridKt._getFormattedRow(steps, 0)).containsExactly("Review by lead department", "5", "4", "30分钟",
                "1.5小时", "14.0小时", "2.5天", "25.0%");
        assertThat(GridKt._getFormattedRow(grid(view, "report-workload-departments-grid"), 1)).startsWith("回访人员");
        assertThat(ReportViewChecks.headers(grid(view, "report-items-grid"))).startsWith("服务事项", "受理", "办结", "按时办结率");
        assertThat(view.filters.channel.getItemLabelGenerator().apply("WINDOW")).isEqualTo("窗口受理");
        assertThat(view.filters.channel.getItemLabelGenerator().apply("")).isEqualTo("全部");
        assertThat(view.filters.granularity.getItemLabelGenerator().apply(Granularity.MONTH)).isEqualTo("按月");
        assertThat(view.filters.from.getLabel()).isEqualTo("开始日期");
        assertThat(view.filters.from.getI18n().getWeekdaysShort()).startsWith("周日", "周一");
        assertThat(view.filters.apply.getText()).isEqualTo("查询");

        ReportTable items = exportTable(view, "export-service-items");
        assertThat(items.title()).isEqualTo("按服务事项");
        assertThat(items.headers()).containsExactly("编码", "名称", "受理", "办结", "按时办结率", "平均办理时长（工作日）",
                "办理时长中位数（工作日）", "办理时长第 90 百分位（工作日）");
        // Rounded as on the screen, with a dot whatever the page's language; the unit is in the header.
        assertThat(csv(items)).startsWith("\uFEFF编码,名称,受理,办结,按时办结率,")
                .contains("HRSS-001,Social security card application,10,8,75.0%,3.0,2.5,5.0");
        assertThat(exportTable(view, "export-workload-departments").rows().get(1)).startsWith("FOLLOW_UP", "回访人员");
    }

    @Test
    void processReportInEnglish() throws Exception {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        ProcessReportView view = new ProcessReportView(process, directory, catalog, CLOCK);
        UI.getCurrent().add(view);

        ReportViewChecks.assertNoRawKey(view);
        assertThat(view.getPageTitle()).isEqualTo("Process report | OneWindow");
        verify(process).report(any(), eq(Granularity.WEEK), eq(Translations.ENGLISH));
        assertThat(text(view, "figure-cycle-mean")).isEqualTo("3.2 wd");
        assertThat(captions(view)).contains("cases received", "at most one visit (40 answers)");
        assertThat(chart(view, "chart-backlog-age")).contains("up to 5 days", "6 to 15 days", "over 30 days");
        assertThat(chart(view, "chart-volume-trend")).contains("Cases received and closed", "2026-W45");
        assertThat(GridKt._getFormattedRow(grid(view, "report-bottlenecks-grid"), 0)).containsExactly(
                "Review by lead department", "5", "4", "30 min", "1.5 h", "14.0 h", "2.5 d", "25.0%");
        assertThat(view.filters.channel.getItemLabelGenerator().apply("WINDOW")).isEqualTo("At the window");
        // The browser test downloads this file and reads its English headers.
        ReportTable items = exportTable(view, "export-service-items");
        assertThat(csv(items)).startsWith("\uFEFFCode,Name,Received,Closed,On-time rate,Mean cycle (wd),");
        assertThat(exportTable(view, "export-trend").rows().get(0)).startsWith("2026-W45", LocalDate.of(2026, 11, 2));
        assertThat(_find(view, com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getId().orElseThrow())
                .contains("export-service-items-csv", "export-service-items-xlsx", "export-trend-csv",
                        "export-bottlenecks-csv", "export-workload-staff-xlsx");
    }

    @Test
    void aBadRangeIsRefusedOnTheFilterInTheScreensLanguage() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        doThrow(new InvalidInputException(java.util.Map.of("to", "结束日期不能早于开始日期。"))).when(process)
                .report(any(), any(), any());
        ProcessReportView view = new ProcessReportView(process, directory, catalog, CLOCK);
        HasValidation to = view.filters.to;
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期。");
    }

    @Test
    void satisfactionReportInChinese() throws Exception {
        UI.getCurrent().setLocale(Translations.CHINESE);
        SatisfactionReportView view = new SatisfactionReportView(satisfaction, directory, catalog, new HallDates(CLOCK),
                CLOCK);
        UI.getCurrent().add(view);

        ReportViewChecks.assertNoRawKey(view);
        assertThat(view.getPageTitle()).isEqualTo("满意度报表 | 一窗通办");
        assertThat(text(view, "figure-response-rate")).isEqualTo("50.0%");
        assertThat(captions(view)).contains("参评率（办结 40 件）", "好评率", "总体评价平均分（1–5）");
        assertThat(chart(view, "chart-levels")).contains("各评价渠道的评价等级分布", "非常满意", "窗口评价器", "短信评价链接",
                "全部渠道");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("channel-bias-message")).getText())
                .isEqualTo("注意：窗口评价器上的评价与私下评价存在显著差异（卡方值 9.51，自由度 4，p = 0.0123）。"
                        + "群众当着工作人员的面评价时可能不便表达真实想法，请以私下渠道的评价为准。");
        assertThat(
                _get(view, Tabs.class).getChildren().map(tab -> ((com.vaadin.flow.component.tabs.Tab) tab).getLabel()))
                .containsExactly("部门", "服务事项", "工作人员");
        assertThat(GridKt._getFormattedRow(grid(view, "ranking-grid"), 0)).containsExactly("1", "人力资源和社会保障局", "25",
                "80.0%", "60.9% 至 91.1%");
        // One block per set version, headed by its channel, version and publication; a sentence where it changed.
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("indicator-set-change-0")).getText())
                .isEqualTo("“网上申办”指标集于2026年11月16日更换：此前为第1版，此后为第2版；各项数字按版本分别列出。");
        assertThat(_get(view, H4.class, spec -> spec.withId("indicator-set-title-ONLINE-1")).getText())
                .isEqualTo("网上申办 · 第1版（2026年1月5日发布）");
        assertThat(_get(view, H4.class, spec -> spec.withId("indicator-set-title-ONLINE-2")).getText())
                .isEqualTo("网上申办 · 第2版（2026年11月16日发布）");
        assertThat(GridKt._getFormattedRow(grid(view, "indicator-grid-ONLINE-1"), 1)).containsExactly("服务态度", "33",
                "3.00", "2.60", "3.40", "0.70", "重点改进", "0.810");
        assertThat(GridKt._getFormattedRow(grid(view, "indicator-grid-ONLINE-1"), 4)).containsExactly("办理结果", "33",
                "4.00", "3.70", "4.30", "–", "–", "0.840");
        // The same code in the next version is a row of its own block, with its own name and figures.
        assertThat(GridKt._getFormattedRow(grid(view, "indicator-grid-ONLINE-2"), 1)).containsExactly("办事便捷度", "22",
                "2.10", "1.80", "2.40", "0.60", "重点改进", "0.550");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("reliability-alpha-ONLINE-1")).getText())
                .isEqualTo("本版本各指标的克隆巴赫 α 系数：0.850（n = 33 条完整评价），各指标测量的内容一致性良好。");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("reliability-alpha-WINDOW-1")).getText())
                .isEqualTo("完整评价仅 5 条，至少需要 20 条，无法进行重要性—表现分析和计算克隆巴赫 α 系数。");
        assertThat(_find(view, Html.class, spec -> spec.withId("chart-ipa-WINDOW-1"))).isEmpty();
        assertThat(chart(view, "chart-ipa-ONLINE-1")).contains("重要性—表现分析：网上申办 · 第1版（2026年1月5日发布）", "继续保持",
                "重点改进", "办理时效");
        assertThat(chart(view, "chart-ipa-ONLINE-2")).contains("第2版", "办事效率").doesNotContain("办理时效");
        assertThat(chart(view, "chart-good-trend")).contains("周期（按办结日期）", "2026年第46周");
        List<String> comment = GridKt._getFormattedRow(grid(view, "comments-grid"), 1);
        assertThat(comment).containsExactly("2026年11月21日 10:05", "OW-2026-000124", "Social security card application",
                "满意（追评）", "电话回访", "Fixed now, thank you.");
        assertThat(text(view, "figure-verified-on-time")).isEqualTo("33.3%（共 3 件）");

        ReportTable levels = exportTable(view, "export-levels");
        assertThat(levels.headers()).containsExactly("评价渠道", "评价数", "非常满意", "满意", "基本满意", "不满意",
                "非常不满意", "好评率", "总体平均分");
        assertThat(levels.rows().get(0)).startsWith("窗口评价器", 4L);
        ReportTable ranking = exportTable(view, "export-ranking");
        assertThat(ranking.title()).isEqualTo("好评率排名：部门");
        assertThat(ranking.headers()).startsWith("名次", "编码", "名称");
        ReportTable commentsTable = exportTable(view, "export-comments");
        assertThat(commentsTable.headers()).containsExactly("评价时间", "办件编号", "事项", "编码", "承办部门", "评价等级",
                "分值（1–5）", "评价渠道", "是否追评", "意见内容");
        assertThat(commentsTable.rows().get(1)).containsExactly(Instant.parse("2026-11-21T02:05:00Z"), "OW-2026-000124",
                "Social security card application", "HRSS", "人力资源和社会保障局", "满意", 4, "电话回访", "是",
                "Fixed now, thank you.");
        ReportTable indicators = exportTable(view, "export-indicators");
        assertThat(indicators.headers()).startsWith("指标集", "版本", "发布日期", "编码", "指标", "打分数");
        assertThat(indicators.rows()).hasSize(8);
        assertThat(indicators.rows().get(2)).containsExactly("网上申办", 1, "2026-01-05", "ATTITUDE", "服务态度", 33L,
                Figure.decimal(3.0, 2), Figure.decimal(2.6, 2), Figure.decimal(3.4, 2), Figure.decimal(0.7, 2), "重点改进",
                Figure.decimal(0.81, 3), Figure.decimal(0.85, 3));
        assertThat(indicators.rows().get(7)).containsExactly("网上申办", 2, "2026-11-16", "CONVENIENCE", "办事便捷度", 22L,
                Figure.decimal(2.1, 2), Figure.decimal(1.8, 2), Figure.decimal(2.4, 2), Figure.decimal(0.6, 2), "重点改进",
                Figure.decimal(0.55, 3), Figure.decimal(0.62, 3));
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("notice-reprints-intro")).getText())
                .startsWith("每次补打都会生成新的评价二维码。补打后 10 分钟内提交的评价");
        assertThat(GridKt._getFormattedRow(grid(view, "notice-reprints-grid"), 0)).containsExactly("Wang Fang", "6",
                "4");
        ReportTable reprints = exportTable(view, "export-notice-reprints");
        assertThat(reprints.headers()).containsExactly("编码", "工作人员", "补打次数", "补打后 10 分钟内的评价");
        assertThat(reprints.rows()).containsExactly(List.of("frontdesk2", "Wang Fang", 6L, 4L),
                List.of("frontdesk", "Li Na", 2L, 0L));
    }

    @Test
    void satisfactionReportInEnglish() throws Exception {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        SatisfactionReportView view = new SatisfactionReportView(satisfaction, directory, catalog, new HallDates(CLOCK),
                CLOCK);
        UI.getCurrent().add(view);

        ReportViewChecks.assertNoRawKey(view);
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("channel-bias-message")).getText())
                .startsWith("Warning: ratings at the window kiosk differ significantly from ratings given privately "
                        + "(chi-square 9.51, 4 degrees of freedom, p = 0.0123).");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("reliability-alpha-ONLINE-1")).getText())
                .startsWith("Cronbach's alpha of this version's indicators: 0.850 (n = 33 complete answers)");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("reliability-alpha-WINDOW-1")).getText())
                .isEqualTo("Too few answers for the importance–performance analysis and Cronbach's alpha: 5 complete "
                        + "answers, at least 20 needed.");
        assertThat(_get(view, H4.class, spec -> spec.withId("indicator-set-title-ONLINE-2")).getText())
                .isEqualTo("Online request · version 2 (published Nov 16, 2026)");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("indicator-set-change-0")).getText())
                .isEqualTo("The indicator set of “Online request” changed on Nov 16, 2026: version 1 until then, "
                        + "version 2 after; figures are shown per version.");
        assertThat(GridKt._getFormattedRow(grid(view, "indicator-grid-ONLINE-2"), 1)).startsWith("Ease of doing",
                "22", "2.10");
        assertThat(exportTable(view, "export-indicators").rows().get(0)).startsWith("Window and kiosk", 1,
                "2026-01-05", "TIMELINESS", "Timeliness", 5L);
        assertThat(GridKt._getFormattedRow(grid(view, "comments-grid"), 1)).containsExactly("Nov 21, 2026, 10:05 AM",
                "OW-2026-000124", "Social security card application", "Satisfied (supplementary)", "Phone follow-up",
                "Fixed now, thank you.");
        assertThat(chart(view, "chart-ipa-ONLINE-1")).contains("Importance–performance analysis", "Concentrate here",
                "Staff attitude");
        // The cross-hairs the service computed (3.80, not the 3.83 the placed indicators' means would give).
        assertThat(chart(view, "chart-ipa-ONLINE-1")).contains("cross-hairs at 3.80 and 0.50");
        assertThat(exportTable(view, "export-levels").headers()).containsExactly("Channel", "Answers", "Very satisfied",
                "Satisfied", "Basically satisfied", "Dissatisfied", "Very dissatisfied", "Good-review rate",
                "Mean overall");
        assertThat(exportTable(view, "export-comments").rows().get(0)).contains("no");
        assertThat(grid(view, "notice-reprints-grid").getColumns().get(2).getHeaderText())
                .isEqualTo("Answers within 10 minutes of a reprint");
        assertThat(GridKt._getFormattedRow(grid(view, "notice-reprints-grid"), 1)).containsExactly("Li Na", "2", "0");
    }

    @Test
    void satisfactionSectionsAskTheServiceForWhatIsChosen() throws Exception {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        SatisfactionReportView view = new SatisfactionReportView(satisfaction, directory, catalog, new HallDates(CLOCK),
                CLOCK);
        UI.getCurrent().add(view);
        ReportFilter shown = view.filters.value();

        Tabs tabs = _get(view, Tabs.class, spec -> spec.withId("ranking-tabs"));
        tabs.setSelectedIndex(2);
        verify(satisfaction).ranking(shown, Ranking.Group.STAFF);
        assertThat(exportTable(view, "export-ranking").title()).isEqualTo("Ranking: Staff members");

        _get(view, Checkbox.class, spec -> spec.withId("comments-bad-only")).setValue(true);
        verify(satisfaction).comments(shown, true, 0, 200);
        exportTable(view, "export-comments");
        verify(satisfaction).comments(shown, true, 0, 500);
    }

    @Test
    void monthlyReportInBothLanguages() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        MonthlyReportView chinese = new MonthlyReportView(process, satisfaction, CLOCK);
        UI.getCurrent().add(chinese);
        ReportViewChecks.assertNoRawKey(chinese);
        assertThat(chinese.getPageTitle()).isEqualTo("月度报表 | 一窗通办");
        assertThat(_get(chinese, H1.class, spec -> spec.withId("monthly-title")).getText())
                .isEqualTo("县政务服务中心月度报表（2026年10月）");
        assertThat(chinese.month.getItemLabelGenerator().apply(chinese.month.getValue())).isEqualTo("2026年10月");
        assertThat(captions(chinese)).contains("受理", "按时办结率", "评价数");
        assertThat(_find(chinese, Paragraph.class)).extracting(Paragraph::getText)
                .contains("等待最久的环节：Review by lead department，等待时长中位数为 1.5小时。");
        // What to improve first per set version, never pooled, with the change of the online set in words.
        assertThat(chart(chinese, "monthly-ipa-ONLINE-1")).contains("优先改进方向：网上申办 · 第1版（2026年1月5日发布）",
                "重点改进");
        assertThat(chart(chinese, "monthly-ipa-ONLINE-2")).contains("优先改进方向：网上申办 · 第2版（2026年11月16日发布）");
        assertThat(_get(chinese, Paragraph.class, spec -> spec.withId("monthly-set-change-0")).getText())
                .startsWith("“网上申办”指标集于2026年11月16日更换");
        assertThat(_get(chinese, Paragraph.class, spec -> spec.withId("monthly-ipa-too-few-WINDOW-1")).getText())
                .isEqualTo("窗口（含评价器） · 第1版（2026年1月5日发布）：完整评价过少（5 条，至少需要 20 条），无法判断优先改进方向。");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        MonthlyReportView english = new MonthlyReportView(process, satisfaction, CLOCK);
        UI.getCurrent().add(english);
        ReportViewChecks.assertNoRawKey(english);
        assertThat(_get(english, H1.class, spec -> spec.withId("monthly-title")).getText())
                .isEqualTo("County Service Hall — monthly report, October 2026");
        assertThat(_find(english, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Longest wait: Review by lead department, median 1.5 h before someone took it.");
        assertThat(chart(english, "monthly-departments")).contains("Cases closed by department");
        assertThat(chart(english, "monthly-ipa-ONLINE-2"))
                .contains("What to improve first: Online request · version 2 (published Nov 16, 2026)", "Efficiency");
        assertThat(_get(english, Paragraph.class, spec -> spec.withId("monthly-set-change-0")).getText())
                .isEqualTo("The indicator set of “Online request” changed on Nov 16, 2026: version 1 until then, "
                        + "version 2 after; figures are shown per version.");
        assertThat(_get(english, Paragraph.class, spec -> spec.withId("monthly-ipa-too-few-WINDOW-1")).getText())
                .isEqualTo("Window and kiosk · version 1 (published Jan 5, 2026): too few complete answers (5, at "
                        + "least 20 needed) to say what to improve first.");
    }

    @Test
    void monthlyReportOpensOnTheLatestWholeMonthWithCasesAndSaysWhenAMonthIsEmpty() {
        when(process.trend(any(), eq(Granularity.MONTH))).thenReturn(List.of(
                new TrendPoint(LocalDate.of(2026, 8, 1), "2026-08", 5, 4, 1.0, 2.0),
                new TrendPoint(LocalDate.of(2026, 9, 1), "2026-09", 0, 0, null, null),
                new TrendPoint(LocalDate.of(2026, 10, 1), "2026-10", 0, 0, null, null),
                new TrendPoint(LocalDate.of(2026, 11, 1), "2026-11", 3, 0, null, null)));
        UI.getCurrent().setLocale(Translations.ENGLISH);
        MonthlyReportView view = new MonthlyReportView(process, satisfaction, CLOCK);
        UI.getCurrent().add(view);
        assertThat(view.month.getValue()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(_find(view, Paragraph.class, spec -> spec.withId("monthly-empty"))).isEmpty();

        when(process.summary(any())).thenReturn(new ProcessSummary(0, 0, 0, List.of(), null,
                new CycleTime(0, null, null, null), null, 0));
        when(satisfaction.summary(any())).thenReturn(new SatisfactionSummary(0, 0, null,
                new LevelDistribution(0, 0, 0, 0, 0), null, List.of(), 0,
                new ChannelBias(new LevelDistribution(0, 0, 0, 0, 0), new LevelDistribution(0, 0, 0, 0, 0),
                        "NOT_TESTABLE", null, null, null, false)));
        view.month.setValue(YearMonth.of(2026, 9));
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("monthly-empty")).getText()).isEqualTo(
                "No case was received or closed in September 2026 and no citizen rated the hall: every figure below"
                        + " is zero. Choose another month.");

        UI.getCurrent().setLocale(Translations.CHINESE);
        MonthlyReportView chinese = new MonthlyReportView(process, satisfaction, CLOCK);
        UI.getCurrent().add(chinese);
        assertThat(_get(chinese, Paragraph.class, spec -> spec.withId("monthly-empty")).getText())
                .isEqualTo("2026年8月无受理或办结的办件，也无群众评价，以下各项数据均为零。请选择其他月份。");
    }

    @Test
    void monthlyReportOpensOnTheMonthInProgressOnlyWhenNoEarlierMonthHasCases() {
        YearMonth november = YearMonth.of(2026, 11);
        assertThat(MonthlyReportView.openingMonth(
                List.of(new TrendPoint(LocalDate.of(2026, 11, 1), "2026-11", 3, 0, null, null)), november))
                .isEqualTo(november);
        assertThat(MonthlyReportView.openingMonth(List.of(), november)).isEqualTo(YearMonth.of(2026, 10));
    }

    /** The table of the export links with this id, built as a download builds it: on a thread without the screen. */
    private static ReportTable exportTable(Component view, String id) throws Exception {
        ExportLinks links = _find(view, ExportLinks.class).stream()
                .filter(l -> l.getChildren().anyMatch(c -> c.getId().orElse("").equals(id + "-csv"))).findFirst()
                .orElseThrow();
        return CompletableFuture.supplyAsync(() -> {
            assertThat(UI.getCurrent()).isNull();
            return links.table();
        }).get();
    }

    private static String csv(ReportTable table) {
        return new String(new TableExport(HALL).csv(table), StandardCharsets.UTF_8);
    }

    private static String text(Component view, String id) {
        return _get(view, Span.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> captions(Component view) {
        return _find(view, Span.class, spec -> spec.withClasses("report-figure-label")).stream().map(Span::getText)
                .toList();
    }

    private static String chart(Component view, String id) {
        return _get(view, Component.class, spec -> spec.withId(id)).getElement().getProperty("innerHTML");
    }

    private static Grid<?> grid(Component view, String id) {
        return (Grid<?>) _get(view, Grid.class, spec -> spec.withId(id));
    }
}
