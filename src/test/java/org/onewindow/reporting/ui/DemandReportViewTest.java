package org.onewindow.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.ArrivalHeatmap;
import org.onewindow.reporting.DemandDimension;
import org.onewindow.reporting.DemandForecast;
import org.onewindow.reporting.DemandReport;
import org.onewindow.reporting.DemandReportService;
import org.onewindow.reporting.DemandTable;
import org.onewindow.reporting.ForecastModel;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.RepeatVisits;
import org.onewindow.reporting.WindowStaffing;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.Figure;
import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.reporting.ui.ReportParts.ExportLinks;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * The demand report page in Chinese and in English: headings, tables, charts, choices and exports in the screen's
 * language, no raw key anywhere, and the component ids the browser test uses.
 */
class DemandReportViewTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), HALL);
    private static final List<LocalDate> WEEKS = List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9));
    private static final List<String> LABELS = List.of("2026-W45", "2026-W46");

    /** The ids the browser test (e2e) relies on. */
    static final List<String> IDS = List.of("demand-items-grid", "chart-demand-trend", "chart-arrivals-heatmap",
            "repeat-visits-grid", "forecast-grid", "chart-forecast", "staffing-grid");
    static final List<String> EXPORTS = List.of("export-demand-items-csv", "export-demand-segments-csv",
            "export-arrivals-csv", "export-repeat-visits-csv", "export-forecast-csv", "export-staffing-csv");

    private final DemandReportService reports = mock(DemandReportService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private final CatalogService catalog = mock(CatalogService.class);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        when(directory.departments()).thenReturn(List.of(new Department("HRSS", "人力资源和社会保障局", "人力资源和社会保障局", true)));
        when(catalog.all()).thenReturn(List.of());
        when(reports.report(any(), any(), any()))
                .thenAnswer(call -> report(call.getArgument(2, java.util.Locale.class)));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static DemandReport report(java.util.Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        List<DemandTable.Row> items = new ArrayList<>(List.of(
                row("HRSS-001", "Social security card application", 3, 5),
                row("AMR-003", "Company establishment registration", 1, 3)));
        for (int i = 1; i <= 6; i++) { // eight items: six lines and "other items" in the trend
            items.add(row("X-" + i, "Item " + i, 0, 1));
        }
        DemandTable byItem = new DemandTable(DemandDimension.SERVICE_ITEM, Granularity.WEEK, WEEKS, LABELS, items);
        List<DemandTable> segments = List.of(
                table(DemandDimension.APPLICANT_TYPE, row("PERSON", null, 4, 8), row("ENTERPRISE", null, 1, 2)),
                table(DemandDimension.AGE_BAND, row("FROM_18_TO_29", null, 2, 1), row("FROM_70", null, 0, 1),
                        row(null, null, 1, 2)),
                table(DemandDimension.DISTRICT, row("320302", chinese ? "鼓楼区" : "Gulou District", 2, 5),
                        row(null, null, 2, 2)),
                table(DemandDimension.CHANNEL, row("WINDOW", null, 5, 8), row("ONLINE", null, 0, 2)),
                table(DemandDimension.RETURNING, row("FIRST_TIME", null, 4, 1), row("RETURNING", null, 1, 9)));
        long[][] arrivals = new long[7][24];
        arrivals[0][9] = 4;
        arrivals[2][10] = 1;
        ArrivalHeatmap heatmap = new ArrivalHeatmap(arrivals, new int[] { 2, 2, 1, 1, 1, 1, 0 });
        List<RepeatVisits> repeats = List.of(
                new RepeatVisits("HRSS-001", "Social security card application", 8, 3, 0.375, true),
                new RepeatVisits("HRSS-002", "Unemployment insurance benefit", 3, 1, 1.0 / 3, false));
        List<LocalDate> history = IntStream.range(0, 60).mapToObj(i -> LocalDate.of(2025, 9, 22).plusWeeks(i)).toList();
        DemandForecast.ItemForecast forecastItem = new DemandForecast.ItemForecast("HRSS-001",
                "Social security card application", ForecastModel.HOLT, history,
                IntStream.range(0, 60).mapToObj(i -> 10L + i % 5).toList(), List.of(11.0, 12.0, 13.0, 14.0),
                List.of(12.5, 13.0, 13.5, 14.0), 1.26, 0.1);
        DemandForecast forecast = new DemandForecast(history.get(59), 4, 52, 156, List.of(forecastItem),
                List.of(new DemandForecast.NotEnoughHistory("AMR-003", "Company establishment registration", 2, 4,
                        12)),
                12);
        WindowStaffing staffing = new WindowStaffing(16, 3, 10, 8, List.of(
                new WindowStaffing.Hour(8, 0, 0, 0, 0), new WindowStaffing.Hour(9, 7, 0.875, 1, 0.875),
                new WindowStaffing.Hour(10, 16, 2.0, 2, 2.0)));
        return new DemandReport(byItem, segments, heatmap, repeats, forecast, staffing);
    }

    private static DemandTable.Row row(String code, String name, long first, long second) {
        return new DemandTable.Row(code, name, List.of(first, second), first + second);
    }

    private static DemandTable table(DemandDimension dimension, DemandTable.Row... rows) {
        return new DemandTable(dimension, Granularity.WEEK, WEEKS, LABELS, List.of(rows));
    }

    @Test
    void demandReportInChinese() throws Exception {
        UI.getCurrent().setLocale(Translations.CHINESE);
        DemandReportView view = new DemandReportView(reports, directory, catalog, CLOCK);
        UI.getCurrent().add(view);

        ReportViewChecks.assertNoRawKey(view);
        verify(reports).report(any(), eq(Granularity.WEEK), eq(Translations.CHINESE));
        assertThat(view.getPageTitle()).isEqualTo("需求分析报表 | 一窗通办");
        assertThat(_get(view, H1.class).getText()).isEqualTo("需求分析报表");
        assertIds(view);

        Grid<?> items = grid(view, "demand-items-grid");
        assertThat(ReportViewChecks.headers(items)).containsExactly("服务事项", "2026年第45周", "2026年第46周", "合计");
        assertThat(GridKt._getFormattedRow(items, 0)).containsExactly("Social security card application", "3", "5",
                "8");
        assertThat(chart(view, "chart-demand-trend")).contains("各服务事项受理办件数", "其他事项（2 项）", "2026年第46周");

        assertThat(ReportViewChecks.headers(grid(view, "demand-segments-grid"))).startsWith("申请人类型");
        assertThat(GridKt._getFormattedRow(grid(view, "demand-segments-grid"), 1)).startsWith("企业", "1", "2");
        segment(view).setValue(DemandDimension.DISTRICT);
        assertThat(column(grid(view, "demand-segments-grid"))).containsExactly("鼓楼区", "未知");
        segment(view).setValue(DemandDimension.AGE_BAND);
        assertThat(column(grid(view, "demand-segments-grid"))).containsExactly("18至29岁", "70岁及以上", "未知");
        assertThat(chart(view, "chart-demand-segments")).contains("按年龄段的受理办件数");

        assertThat(chart(view, "chart-arrivals-heatmap")).contains("窗口每小时平均到达人数", "周一", "2.0");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("arrivals-note")).getText())
                .startsWith("工作日窗口受理办件 5 件").contains("周一 2 天，周二 2 天", "周日 0 天");

        assertThat(GridKt._getFormattedRow(grid(view, "repeat-visits-grid"), 0)).containsExactly(
                "Social security card application", "已承诺", "8", "3", "37.5%");
        assertThat(GridKt._getFormattedRow(grid(view, "repeat-visits-grid"), 1)).contains("否", "33.3%");

        Grid<?> forecast = grid(view, "forecast-grid");
        assertThat(ReportViewChecks.headers(forecast)).startsWith("服务事项", "模型", "历史周数", "2026年第47周");
        assertThat(GridKt._getFormattedRow(forecast, 0)).startsWith("Social security card application",
                "Holt 线性趋势法（历史数据不足两个季节周期）", "60", "12.5");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("forecast-model")).getText())
                .isEqualTo("模型：Holt 线性趋势法（历史数据不足两个季节周期）。最近 4 周的预测误差：平均绝对误差 1.3 件/周，平均绝对百分比误差 10.0%。");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("forecast-not-enough")).getText())
                .isEqualTo("历史数据不足（自首件办件起不足 12 周）：Company establishment registration（2 周）。");
        assertThat(chart(view, "chart-forecast")).contains("每周办件量：实际与预测", "对过去各周的预测（回测）");

        Grid<?> staffing = grid(view, "staffing-grid");
        assertThat(ReportViewChecks.headers(staffing)).containsExactly("时段", "每小时到达人数", "需开窗口数", "实开窗口数", "人员配置");
        assertThat(GridKt._getFormattedRow(staffing, 1)).startsWith("09:00–10:00", "0.88", "1", "0.88");
        assertThat(WindowStaffingSection
                .status(ReportTexts.of(Translations.CHINESE), new WindowStaffing.Hour(9, 7, 0.875, 1, 0.875)).getText())
                .isEqualTo("人手不足");
        assertThat(WindowStaffingSection
                .status(ReportTexts.of(Translations.CHINESE), new WindowStaffing.Hour(9, 7, 0.875, 1, 0.875))
                .getClassNames()).contains("report-warning");
        assertThat(WindowStaffingSection
                .status(ReportTexts.of(Translations.CHINESE), new WindowStaffing.Hour(10, 16, 2, 2, 2)).getText())
                .isEqualTo("充足");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("staffing-handling")).getText())
                .isEqualTo("前台办理时长：16.0 分钟，为统计期内 3 次已完成的窗口办件受理审查的平均工作时长。");

        ReportTable staffingExport = exportTable(view, "export-staffing");
        assertThat(staffingExport.headers()).containsExactly("时段", "到达人数", "每小时到达人数", "需开窗口数", "实开窗口数",
                "人手不足");
        assertThat(staffingExport.rows().get(1)).containsExactly("09:00–10:00", 7L, Figure.decimal(0.875, 2), 1,
                Figure.decimal(0.875, 2), "是");
        ReportTable segmentsExport = exportTable(view, "export-demand-segments");
        assertThat(segmentsExport.headers()).containsExactly("群体维度", "编码", "名称", "2026-W45", "2026-W46", "合计");
        assertThat(segmentsExport.rows()).contains(List.of("所在地区", "320302", "鼓楼区", 2L, 5L, 7L),
                List.of("年龄段", "", "未知", 1L, 2L, 3L));
        assertThat(exportTable(view, "export-forecast").headers()).contains("预测 2026-W47", "平均绝对百分比误差");
        assertThat(exportTable(view, "export-arrivals").rows()).hasSize(7 * 24)
                .contains(java.util.Arrays.asList("周一", "09", 2, 4L, Figure.decimal(2.0, 1)),
                        java.util.Arrays.asList("周日", "09", 0, 0L, null));
    }

    @Test
    void demandReportInEnglish() throws Exception {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        DemandReportView view = new DemandReportView(reports, directory, catalog, CLOCK);
        UI.getCurrent().add(view);

        ReportViewChecks.assertNoRawKey(view);
        verify(reports).report(any(), eq(Granularity.WEEK), eq(Translations.ENGLISH));
        assertThat(view.getPageTitle()).isEqualTo("Demand report | OneWindow");
        assertIds(view);
        assertThat(ReportViewChecks.headers(grid(view, "demand-items-grid"))).containsExactly("Service item",
                "2026-W45", "2026-W46", "Total");
        assertThat(chart(view, "chart-demand-trend")).contains("Cases accepted by service item", "Other items (2)");
        segment(view).setValue(DemandDimension.RETURNING);
        assertThat(column(grid(view, "demand-segments-grid"))).containsExactly("First-time applicant",
                "Returning applicant");
        segment(view).setValue(DemandDimension.CHANNEL);
        assertThat(column(grid(view, "demand-segments-grid"))).containsExactly("At the window", "Online");
        assertThat(chart(view, "chart-arrivals-heatmap")).contains("Mean arrivals at the windows per hour", "Mon");
        assertThat(GridKt._getFormattedRow(grid(view, "repeat-visits-grid"), 0)).containsExactly(
                "Social security card application", "Promised", "8", "3", "37.5%");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("forecast-model")).getText())
                .isEqualTo("Model: Holt's linear trend (less than two seasons of history). Error on the last 4 weeks: "
                        + "MAE 1.3 cases a week, MAPE 10.0%.");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("forecast-note")).getText())
                .contains("next 4 weeks", "up to 2026-W46", "season of 52 weeks needs 108 weeks");
        assertThat(ForecastSection.modelName(ReportTexts.of(Translations.ENGLISH), ForecastModel.HOLT_WINTERS,
                report(Translations.ENGLISH).forecast()))
                .isEqualTo("Holt-Winters (season of 52 weeks)");
        assertThat(ReportViewChecks.headers(grid(view, "staffing-grid"))).containsExactly("Hour", "Arrivals per hour",
                "Windows needed",
                "Windows staffed", "Staffing");
        assertThat(WindowStaffingSection
                .status(ReportTexts.of(Translations.ENGLISH), new WindowStaffing.Hour(9, 7, 0.875, 1, 0.875)).getText())
                .isEqualTo("Under-staffed");
        assertThat(exportTable(view, "export-demand-items").headers()).containsExactly("Code", "Name", "2026-W45",
                "2026-W46", "Total");
        assertThat(exportTable(view, "export-repeat-visits").rows().get(0)).containsExactly("HRSS-001",
                "Social security card application", "yes", 8L, 3L, Figure.percent(0.375, 1));
    }

    @Test
    void applyingTheFilterAgainRebuildsEverySectionWithItsChoices() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        DemandReportView view = new DemandReportView(reports, directory, catalog, CLOCK);
        UI.getCurrent().add(view);

        _click(view.filters.apply);

        assertIds(view);
        assertThat(column(grid(view, "demand-segments-grid"))).containsExactly("Person", "Enterprise");
        assertThat(chart(view, "chart-demand-segments")).contains("Cases accepted by Applicant type");
    }

    @Test
    void theMenuEntryIsNextToTheOtherReports() {
        com.vaadin.flow.router.Menu menu = DemandReportView.class.getAnnotation(com.vaadin.flow.router.Menu.class);
        assertThat(menu.title()).isEqualTo("reporting.menu.demand");
        assertThat(menu.order()).isEqualTo(73.0); // process 70, satisfaction 71, monthly 72
        assertThat(Translations.text(Translations.CHINESE, menu.title())).isEqualTo("需求分析报表");
        assertThat(DemandReportView.class.getAnnotation(com.vaadin.flow.router.Route.class).value())
                .isEqualTo("reports/demand");
    }

    private static void assertIds(Component view) {
        for (String id : IDS) {
            assertThat(_find(view, Component.class, spec -> spec.withId(id))).as(id).hasSize(1);
        }
        assertThat(_find(view, Anchor.class)).extracting(a -> a.getId().orElseThrow()).containsAll(EXPORTS);
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

    private static String chart(Component view, String id) {
        return _get(view, Component.class, spec -> spec.withId(id)).getElement().getProperty("innerHTML");
    }

    private static Grid<?> grid(Component view, String id) {
        return (Grid<?>) _get(view, Grid.class, spec -> spec.withId(id));
    }

    /** The segment the section shows, chosen as a manager chooses it. */
    @SuppressWarnings("unchecked")
    private static Select<DemandDimension> segment(Component view) {
        return _get(view, Select.class, spec -> spec.withId("demand-segment"));
    }

    private static List<String> column(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row).get(0))
                .toList();
    }
}
