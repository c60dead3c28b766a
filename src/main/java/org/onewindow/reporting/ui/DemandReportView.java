package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.nullable;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.ArrivalHeatmap;
import org.onewindow.reporting.DemandDimension;
import org.onewindow.reporting.DemandForecast;
import org.onewindow.reporting.DemandForecast.ItemForecast;
import org.onewindow.reporting.DemandReport;
import org.onewindow.reporting.DemandReportService;
import org.onewindow.reporting.DemandTable;
import org.onewindow.reporting.ForecastModel;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.RepeatVisits;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.WindowStaffing;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HeatMap;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * What citizens come for and when: demand by service item and segment, arrivals at the windows by weekday and
 * hour, repeat visits, the forecast of the next weeks with its error on past weeks, and the windows each hour needs.
 */
@Route(value = "reports/demand", layout = MainLayout.class)
@Menu(title = "reporting.menu.demand", order = 73, icon = "vaadin:users")
@RolesAllowed(AppRoles.MANAGER)
public class DemandReportView extends VerticalLayout implements HasDynamicTitle {

    /** Items drawn as their own line in the trend; the others are summed into one. */
    static final int TREND_LINES = 6;
    /** Weeks of history the forecast chart shows before the weeks ahead. */
    static final int CHART_HISTORY_WEEKS = 52;

    private final transient TableExport export;
    private final transient DemandReportService reports;
    /** The page's language, captured here: the report's queries and its downloads run on other threads. */
    private final transient ReportTexts texts;
    final ReportFilterBar filters;
    private final Div content = new Div();
    final Select<DemandDimension> segment = new Select<>();
    final Select<ItemForecast> forecastItem = new Select<>();

    public DemandReportView(DemandReportService reports, DirectoryService directory, CatalogService catalog,
            Clock clock) {
        this.reports = reports;
        this.texts = ReportTexts.of(getLocale());
        this.export = new TableExport(clock.getZone());
        this.filters = new ReportFilterBar(texts, directory, catalog, LocalDate.now(clock), this::show);
        content.setWidthFull();
        add(new H2(texts.t("reporting.demand.title")), new Paragraph(texts.t("reporting.demand.intro")), filters,
                content);
        setMaxWidth("80em");
        show();
    }

    @Override
    public String getPageTitle() {
        return texts.t("reporting.demand.pageTitle");
    }

    private void show() {
        ReportFilter filter = filters.value();
        Granularity granularity = filters.granularity();
        content.removeAll();
        DemandReport report;
        try {
            report = reports.report(filter, granularity, texts.locale());
        } catch (InvalidInputException e) {
            filters.showErrors(e);
            return;
        }
        content.add(items(report.byServiceItem()), segments(report.bySegment()), arrivals(report.arrivals()),
                repeatVisits(report.repeatVisits()), forecast(report.forecast()), staffing(report.staffing()));
    }

    // 1. Demand by service item and by segment.

    private Div items(DemandTable table) {
        String title = texts.t("reporting.demand.items");
        Div section = section(title, "report-demand-items");
        List<String> labels = periods(table);
        List<LineChart.Series> lines = new ArrayList<>();
        List<DemandTable.Row> rows = table.rows();
        rows.stream().limit(TREND_LINES).forEach(row -> lines.add(series(rowName(table.dimension(), row), row.counts())));
        if (rows.size() > TREND_LINES) {
            long[] others = new long[labels.size()];
            rows.stream().skip(TREND_LINES).forEach(row -> {
                for (int i = 0; i < others.length; i++) {
                    others[i] += row.counts().get(i);
                }
            });
            lines.add(series(texts.t("reporting.demand.otherItems", texts.integer(rows.size() - TREND_LINES)),
                    java.util.Arrays.stream(others).boxed().toList()));
        }
        section.add(svg(new LineChart(texts.t("reporting.demand.items.chart"), texts.t("reporting.demand.period"),
                texts.t("reporting.demand.casesAxis"), ValueFormat.count(), labels, lines, true).toSvg(texts.locale()),
                "chart-demand-trend"));
        section.add(demandGrid(table, "demand-items-grid"));
        section.add(exports(texts, export, "export-demand-items", "demand-by-item", title, demandHeaders(table, false),
                () -> rows.stream().map(row -> demandCells(table, row, false)).toList()));
        return section;
    }

    private Div segments(List<DemandTable> tables) {
        String title = texts.t("reporting.demand.segments");
        Div section = section(title, "report-demand-segments");
        Div shown = new Div();
        segment.setId("demand-segment");
        segment.setLabel(texts.t("reporting.demand.segment"));
        segment.setItems(DemandDimension.SEGMENTS);
        segment.setItemLabelGenerator(this::dimensionName);
        segment.addValueChangeListener(event -> {
            shown.removeAll();
            tables.stream().filter(table -> table.dimension() == event.getValue()).findFirst()
                    .ifPresent(table -> shown.add(segmentChart(table), demandGrid(table, "demand-segments-grid")));
        });
        segment.setValue(DemandDimension.APPLICANT_TYPE);
        section.add(segment, shown);
        DemandTable first = tables.isEmpty() ? null : tables.get(0);
        List<String> headers = first == null ? List.of() : demandHeaders(first, true);
        section.add(exports(texts, export, "export-demand-segments", "demand-by-segment", title, headers,
                () -> tables.stream().flatMap(table -> table.rows().stream().map(row -> demandCells(table, row, true)))
                        .toList()));
        return section;
    }

    private Component segmentChart(DemandTable table) {
        List<LineChart.Series> lines = table.rows().stream()
                .map(row -> series(rowName(table.dimension(), row), row.counts())).toList();
        return svg(new LineChart(texts.t("reporting.demand.segments.chart", dimensionName(table.dimension())),
                texts.t("reporting.demand.period"), texts.t("reporting.demand.casesAxis"), ValueFormat.count(),
                periods(table), lines, true).toSvg(texts.locale()), "chart-demand-segments");
    }

    private Grid<DemandTable.Row> demandGrid(DemandTable table, String id) {
        Grid<DemandTable.Row> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(row -> rowName(table.dimension(), row)).setHeader(dimensionName(table.dimension()))
                .setFlexGrow(2).setFrozen(true);
        List<String> labels = periods(table);
        for (int i = 0; i < labels.size(); i++) {
            int period = i;
            grid.addColumn(row -> texts.integer(row.counts().get(period))).setHeader(labels.get(i));
        }
        grid.addColumn(row -> texts.integer(row.total())).setHeader(texts.t("reporting.demand.column.total"));
        grid.setItems(table.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Headers of a demand export: ISO periods (2025-W10, 2025-03), data for a spreadsheet. */
    private List<String> demandHeaders(DemandTable table, boolean withSegment) {
        List<String> headers = new ArrayList<>();
        if (withSegment) {
            headers.add(texts.t("reporting.demand.segment"));
        }
        headers.addAll(List.of(texts.t("reporting.export.code"), texts.t("reporting.export.name")));
        headers.addAll(table.labels());
        headers.add(texts.t("reporting.demand.column.total"));
        return headers;
    }

    private List<Object> demandCells(DemandTable table, DemandTable.Row row, boolean withSegment) {
        List<Object> cells = new ArrayList<>();
        if (withSegment) {
            cells.add(dimensionName(table.dimension()));
        }
        cells.add(row.code() == null ? "" : row.code());
        cells.add(rowName(table.dimension(), row));
        cells.addAll(row.counts());
        cells.add(row.total());
        return cells;
    }

    private List<String> periods(DemandTable table) {
        return table.periods().stream().map(start -> texts.period(start, table.granularity())).toList();
    }

    private static LineChart.Series series(String name, List<Long> counts) {
        return new LineChart.Series(name, counts.stream().map(Long::doubleValue).toList());
    }

    String dimensionName(DemandDimension dimension) {
        return texts.t("reporting.demand.dimension." + dimension.name());
    }

    /** An item or a segment's value in the reader's language; the district by the name the service gave. */
    String rowName(DemandDimension dimension, DemandTable.Row row) {
        if (row.code() == null) {
            return texts.t("reporting.demand.unknown");
        }
        String code = row.code();
        return switch (dimension) {
            case SERVICE_ITEM, DISTRICT -> row.name() != null ? row.name() : code;
            case APPLICANT_TYPE -> known(code, "PERSON", "ENTERPRISE") ? texts.t("reporting.demand.applicantType." + code) : code;
            case AGE_BAND -> known(code, "UNDER_18", "FROM_18_TO_29", "FROM_30_TO_44", "FROM_45_TO_59", "FROM_60_TO_69",
                    "FROM_70") ? texts.t("reporting.demand.ageBand." + code) : code;
            case CHANNEL -> texts.channel(code);
            case RETURNING -> known(code, "FIRST_TIME", "RETURNING") ? texts.t("reporting.demand.returning." + code) : code;
        };
    }

    private static boolean known(String code, String... values) {
        return List.of(values).contains(code);
    }

    // 2. Arrivals at the windows by weekday and hour.

    private Div arrivals(ArrivalHeatmap map) {
        String title = texts.t("reporting.demand.arrivals");
        Div section = section(title, "report-arrivals");
        DayOfWeek[] days = DayOfWeek.values();
        double[][] means = new double[7][24];
        List<String> perWeekday = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (int hour = 0; hour < 24; hour++) {
                Double mean = map.mean(day, hour);
                means[day.ordinal()][hour] = mean == null ? Double.NaN : mean;
            }
            perWeekday.add(texts.t("reporting.demand.arrivals.weekdayDays", texts.weekday(day),
                    texts.integer(map.workingDays(day))));
        }
        Paragraph note = new Paragraph(texts.t("reporting.demand.arrivals.note", texts.integer(map.total()),
                phrases(perWeekday)));
        note.setId("arrivals-note");
        section.add(note, svg(HeatMap.weekdayByHour(texts.t("reporting.demand.arrivals.chart"),
                texts.t("reporting.demand.arrivals.legend"), ValueFormat.decimal(1, ""), means, texts.locale())
                .toSvg(texts.locale()), "chart-arrivals-heatmap"));
        section.add(exports(texts, export, "export-arrivals", "arrivals-by-weekday-and-hour", title,
                List.of(texts.t("reporting.chart.heatMap.weekday"), texts.t("reporting.demand.column.hour"),
                        texts.t("reporting.demand.column.workingDays"), texts.t("reporting.demand.column.arrivals"),
                        texts.t("reporting.demand.column.meanPerHour")),
                () -> java.util.Arrays.stream(days).flatMap(day -> IntStream.range(0, 24).mapToObj(hour -> List.<Object>of(
                        texts.weekday(day), HeatMap.HOURS.get(hour), map.workingDays(day), map.arrivals(day, hour),
                        nullable(map.mean(day, hour))))).toList()));
        return section;
    }

    // 3. Repeat visits.

    private Div repeatVisits(List<RepeatVisits> rows) {
        String title = texts.t("reporting.demand.repeats");
        Div section = section(title, "report-repeat-visits");
        section.add(new Paragraph(texts.t("reporting.demand.repeats.intro")));
        Grid<RepeatVisits> grid = new Grid<>(RepeatVisits.class, false);
        grid.setId("repeat-visits-grid");
        grid.addColumn(RepeatVisits::name).setHeader(texts.t("reporting.demand.dimension.SERVICE_ITEM")).setFlexGrow(2);
        grid.addColumn(r -> texts.t(r.atMostOneVisit() ? "reporting.demand.repeats.promised" : "reporting.demand.repeats.notPromised"))
                .setHeader(texts.t("reporting.demand.column.atMostOneVisit"));
        grid.addColumn(r -> texts.integer(r.cases())).setHeader(texts.t("reporting.demand.column.cases"));
        grid.addColumn(r -> texts.integer(r.repeatCases())).setHeader(texts.t("reporting.demand.column.repeatCases"));
        grid.addColumn(r -> texts.percent(r.repeatRate())).setHeader(texts.t("reporting.demand.column.repeatRate"));
        // A broken promise stands out: an item promised in one visit whose applicants came back.
        grid.setPartNameGenerator(r -> r.atMostOneVisit() && r.repeatCases() > 0 ? "report-broken-promise" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        section.add(grid, exports(texts, export, "export-repeat-visits", "repeat-visits", title,
                List.of(texts.t("reporting.export.code"), texts.t("reporting.export.name"),
                        texts.t("reporting.demand.column.atMostOneVisit"), texts.t("reporting.demand.column.cases"),
                        texts.t("reporting.demand.column.repeatCases"), texts.t("reporting.demand.column.repeatRate")),
                () -> rows.stream().map(r -> List.<Object>of(r.code(), r.name(),
                        texts.t(r.atMostOneVisit() ? "reporting.export.yes" : "reporting.export.no"), r.cases(),
                        r.repeatCases(), nullable(r.repeatRate()))).toList()));
        return section;
    }

    // 4. Forecast.

    private Div forecast(DemandForecast forecast) {
        String title = texts.t("reporting.demand.forecast");
        Div section = section(title, "report-forecast");
        Paragraph note = new Paragraph(texts.t("reporting.demand.forecast.intro", texts.integer(forecast.weeks()),
                texts.period(forecast.lastWeek(), Granularity.WEEK), texts.integer(forecast.historyWeeks()),
                texts.integer(forecast.seasonWeeks()), texts.integer(2L * forecast.seasonWeeks() + forecast.weeks())));
        note.setId("forecast-note");
        section.add(note);
        List<ItemForecast> items = forecast.items();
        List<String> ahead = items.isEmpty() ? List.of()
                : items.get(0).forecastWeeks().stream().map(week -> texts.period(week, Granularity.WEEK)).toList();
        Grid<ItemForecast> grid = new Grid<>(ItemForecast.class, false);
        grid.setId("forecast-grid");
        grid.addColumn(ItemForecast::name).setHeader(texts.t("reporting.demand.dimension.SERVICE_ITEM")).setFlexGrow(2)
                .setFrozen(true);
        grid.addColumn(item -> modelName(item.model(), forecast)).setHeader(texts.t("reporting.demand.column.model"));
        grid.addColumn(item -> texts.integer(item.historyWeeks())).setHeader(texts.t("reporting.demand.column.historyWeeks"));
        for (int i = 0; i < ahead.size(); i++) {
            int week = i;
            grid.addColumn(item -> texts.decimal(item.forecast().get(week), 1)).setHeader(ahead.get(i));
        }
        grid.addColumn(item -> texts.decimal(item.mae(), 1)).setHeader(texts.t("reporting.demand.column.mae"));
        grid.addColumn(item -> texts.percent(item.mape())).setHeader(texts.t("reporting.demand.column.mape"));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        section.add(grid);

        Div chart = new Div();
        forecastItem.setId("forecast-item");
        forecastItem.setLabel(texts.t("reporting.demand.forecast.item"));
        forecastItem.setItems(items);
        forecastItem.setItemLabelGenerator(ItemForecast::name);
        forecastItem.addValueChangeListener(event -> {
            chart.removeAll();
            if (event.getValue() != null) {
                chart.add(forecastChart(event.getValue(), forecast));
            }
        });
        if (!items.isEmpty()) {
            section.add(forecastItem, chart);
            forecastItem.setValue(items.get(0));
        }
        Paragraph notEnough = new Paragraph(forecast.notEnoughHistory().isEmpty()
                ? texts.t("reporting.demand.forecast.allEnough")
                : texts.t("reporting.demand.forecast.notEnough", texts.integer(forecast.notEnoughHistory().get(0).neededWeeks()),
                        phrases(forecast.notEnoughHistory().stream()
                                .map(item -> texts.t("reporting.demand.forecast.notEnoughItem", item.name(),
                                        texts.integer(item.historyWeeks())))
                                .toList())));
        notEnough.setId("forecast-not-enough");
        section.add(notEnough);

        List<String> headers = new ArrayList<>(List.of(texts.t("reporting.export.code"), texts.t("reporting.export.name"),
                texts.t("reporting.demand.column.model"), texts.t("reporting.demand.column.historyWeeks")));
        items.stream().findFirst().ifPresent(item -> item.forecastWeeks()
                .forEach(week -> headers.add(texts.t("reporting.demand.forecast.weekHeader", isoWeek(week)))));
        headers.addAll(List.of(texts.t("reporting.demand.column.mae"), texts.t("reporting.demand.column.mapeShare")));
        section.add(exports(texts, export, "export-forecast", "forecast", title, headers,
                () -> items.stream().map(item -> {
                    List<Object> cells = new ArrayList<>(List.of(item.code(), item.name(), modelName(item.model(), forecast),
                            item.historyWeeks()));
                    cells.addAll(item.forecast());
                    cells.add(item.mae());
                    cells.add(nullable(item.mape()));
                    return cells;
                }).toList()));
        return section;
    }

    /** History (its last year at most), the back-test over the weeks held out, and the weeks ahead. */
    private Component forecastChart(ItemForecast item, DemandForecast forecast) {
        int shown = Math.min(CHART_HISTORY_WEEKS, item.historyWeeks());
        int skipped = item.historyWeeks() - shown;
        int ahead = item.forecast().size();
        int held = item.backTest().size();
        List<String> labels = new ArrayList<>();
        item.weekStarts().subList(skipped, item.historyWeeks()).forEach(week -> labels.add(texts.period(week, Granularity.WEEK)));
        item.forecastWeeks().forEach(week -> labels.add(texts.period(week, Granularity.WEEK)));
        List<Double> actual = new ArrayList<>();
        List<Double> backTest = new ArrayList<>();
        List<Double> future = new ArrayList<>();
        for (int i = skipped; i < item.historyWeeks(); i++) {
            actual.add(item.actual().get(i).doubleValue());
            int heldOut = i - (item.historyWeeks() - held);
            backTest.add(heldOut >= 0 ? item.backTest().get(heldOut) : null);
            future.add(null);
        }
        for (int h = 0; h < ahead; h++) {
            actual.add(null);
            backTest.add(null);
            future.add(item.forecast().get(h));
        }
        Div box = new Div(svg(new LineChart(texts.t("reporting.demand.forecast.chart", item.name()),
                texts.t("reporting.demand.week"), texts.t("reporting.demand.casesAxis"), ValueFormat.decimal(0, ""), labels,
                List.of(new LineChart.Series(texts.t("reporting.demand.forecast.actual"), actual),
                        new LineChart.Series(texts.t("reporting.demand.forecast.backTest"), backTest),
                        new LineChart.Series(texts.t("reporting.demand.forecast.ahead"), future)), true)
                .toSvg(texts.locale()), "chart-forecast"));
        Paragraph model = new Paragraph(texts.t("reporting.demand.forecast.model", modelName(item.model(), forecast),
                texts.integer(held), texts.decimal(item.mae(), 1), texts.percent(item.mape())));
        model.setId("forecast-model");
        box.add(model);
        return box;
    }

    String modelName(ForecastModel model, DemandForecast forecast) {
        return texts.t("reporting.demand.model." + model.name(), texts.integer(forecast.seasonWeeks()));
    }

    // 5. Window staffing.

    private Div staffing(WindowStaffing staffing) {
        String title = texts.t("reporting.demand.staffing");
        Div section = section(title, "report-staffing");
        Paragraph handling = new Paragraph(staffing.measured()
                ? texts.t("reporting.demand.staffing.measured", texts.decimal(staffing.handlingMinutes(), 1),
                        texts.integer(staffing.measuredSteps()))
                : texts.t("reporting.demand.staffing.default", texts.decimal(staffing.handlingMinutes(), 1)));
        handling.setId("staffing-handling");
        Paragraph target = new Paragraph(texts.t("reporting.demand.staffing.target",
                texts.decimal(staffing.targetWaitMinutes(), 0), texts.integer(staffing.workingDays())));
        section.add(handling, target);
        Grid<WindowStaffing.Hour> grid = new Grid<>(WindowStaffing.Hour.class, false);
        grid.setId("staffing-grid");
        grid.addColumn(h -> hourName(h.hour())).setHeader(texts.t("reporting.demand.column.hour"));
        grid.addColumn(h -> texts.decimal(h.arrivalsPerHour(), 2)).setHeader(texts.t("reporting.demand.column.arrivalsPerHour"));
        grid.addColumn(h -> texts.integer(h.windowsNeeded())).setHeader(texts.t("reporting.demand.column.windowsNeeded"));
        grid.addColumn(h -> texts.decimal(h.windowsStaffed(), 2)).setHeader(texts.t("reporting.demand.column.windowsStaffed"));
        grid.addComponentColumn(this::status).setHeader(texts.t("reporting.demand.column.status"));
        grid.setPartNameGenerator(h -> h.underStaffed() ? "report-under-staffed" : null);
        grid.setItems(staffing.hours());
        grid.setAllRowsVisible(true);
        List<String> hours = staffing.hours().stream().map(h -> HeatMap.HOURS.get(h.hour())).toList();
        section.add(grid, svg(new LineChart(texts.t("reporting.demand.staffing.chart"), texts.t("reporting.chart.heatMap.hour"),
                texts.t("reporting.demand.staffing.axis"), ValueFormat.decimal(1, ""), hours,
                List.of(new LineChart.Series(texts.t("reporting.demand.column.windowsNeeded"),
                        staffing.hours().stream().map(h -> (double) h.windowsNeeded()).toList()),
                        new LineChart.Series(texts.t("reporting.demand.column.windowsStaffed"),
                                staffing.hours().stream().map(WindowStaffing.Hour::windowsStaffed).toList())), true)
                .toSvg(texts.locale()), "chart-staffing"));
        section.add(exports(texts, export, "export-staffing", "window-staffing", title,
                List.of(texts.t("reporting.demand.column.hour"), texts.t("reporting.demand.column.arrivals"),
                        texts.t("reporting.demand.column.arrivalsPerHour"), texts.t("reporting.demand.column.windowsNeeded"),
                        texts.t("reporting.demand.column.windowsStaffed"), texts.t("reporting.demand.column.underStaffed")),
                () -> staffing.hours().stream().map(h -> List.<Object>of(hourName(h.hour()), h.arrivals(),
                        h.arrivalsPerHour(), h.windowsNeeded(), h.windowsStaffed(),
                        texts.t(h.underStaffed() ? "reporting.export.yes" : "reporting.export.no"))).toList()));
        return section;
    }

    /** Items as a run of phrases in the reader's language ("a, b" or "a，b"). */
    private String phrases(List<String> items) {
        return items.stream().reduce((a, b) -> texts.t("reporting.chart.join.comma", a, b)).orElse("");
    }

    /** An ISO week as exports write periods: 2025-W10. */
    static String isoWeek(LocalDate monday) {
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format(Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "09:00–10:00", the same in both languages. */
    static String hourName(int hour) {
        return String.format(Locale.ROOT, "%02d:00\u2013%02d:00", hour, hour + 1);
    }

    /** Under-staffed in the warning colour and in words, so that colour is never the only cue. */
    Span status(WindowStaffing.Hour hour) {
        Span status = new Span(texts.t(hour.underStaffed() ? "reporting.demand.staffing.under" : "reporting.demand.staffing.enough"));
        if (hour.underStaffed()) {
            status.addClassName("report-warning");
        }
        return status;
    }
}
