package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.phrases;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onewindow.reporting.DemandForecast;
import org.onewindow.reporting.DemandForecast.ItemForecast;
import org.onewindow.reporting.ForecastModel;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * The demand report's section on the forecast: each item's next weeks with its model and its error on past weeks,
 * and one item's history, back-test and weeks ahead as a chart.
 */
final class ForecastSection {

    /** Weeks of history the forecast chart shows before the weeks ahead. */
    static final int CHART_HISTORY_WEEKS = 52;

    private final ReportTexts texts;
    private final DemandForecast forecast;

    private ForecastSection(ReportTexts texts, DemandForecast forecast) {
        this.texts = texts;
        this.forecast = forecast;
    }

    static Div of(ReportTexts texts, TableExport export, DemandForecast forecast) {
        return new ForecastSection(texts, forecast).build(export);
    }

    private Div build(TableExport export) {
        String title = texts.t("reporting.demand.forecast");
        Div section = section(title, "report-forecast");
        Paragraph note = new Paragraph(texts.t("reporting.demand.forecast.intro", texts.integer(forecast.weeks()),
                texts.period(forecast.lastWeek(), Granularity.WEEK), texts.integer(forecast.historyWeeks()),
                texts.integer(forecast.seasonWeeks()), texts.integer(2L * forecast.seasonWeeks() + forecast.weeks())));
        note.setId("forecast-note");
        section.add(note);
        List<ItemForecast> items = forecast.items();
        if (!items.isEmpty()) {
            section.add(grid(items)); // an empty table next to "no item has enough history" says nothing more
        }

        Div chart = new Div();
        Select<ItemForecast> forecastItem = new Select<>();
        forecastItem.setId("forecast-item");
        forecastItem.setLabel(texts.t("reporting.demand.forecast.item"));
        forecastItem.setItems(items);
        forecastItem.setItemLabelGenerator(ItemForecast::name);
        forecastItem.addValueChangeListener(event -> {
            chart.removeAll();
            if (event.getValue() != null) {
                chart.add(chart(event.getValue()));
            }
        });
        if (!items.isEmpty()) {
            section.add(forecastItem, chart);
            forecastItem.setValue(items.get(0));
        }
        Paragraph notEnough = new Paragraph(historyNote(texts, forecast));
        notEnough.setId("forecast-not-enough");
        section.add(notEnough);

        List<String> headers = new ArrayList<>(
                List.of(texts.t("reporting.export.code"), texts.t("reporting.export.name"),
                        texts.t("reporting.demand.column.model"), texts.t("reporting.demand.column.historyWeeks")));
        items.stream().findFirst().ifPresent(item -> item.forecastWeeks()
                .forEach(week -> headers.add(texts.t("reporting.demand.forecast.weekHeader", isoWeek(week)))));
        headers.addAll(List.of(texts.t("reporting.demand.column.mae"), texts.t("reporting.demand.column.mape")));
        section.add(exports(texts, export, "export-forecast", "forecast", title, headers,
                () -> items.stream().map(item -> {
                    List<Object> cells = new ArrayList<>(List.of(item.code(), item.name(),
                            modelName(texts, item.model(), forecast), item.historyWeeks()));
                    item.forecast().forEach(value -> cells.add(texts.decimalCell(value, 1)));
                    cells.add(texts.decimalCell(item.mae(), 1));
                    cells.add(texts.percentCell(item.mape()));
                    return cells;
                }).toList()));
        return section;
    }

    /**
     * What the history allowed: which items have too little of it (how many weeks they have, and need), or that
     * every item seen has enough, or that there was none at all. It must never claim enough for an empty table.
     */
    static String historyNote(ReportTexts texts, DemandForecast forecast) {
        if (!forecast.notEnoughHistory().isEmpty()) {
            return texts.t("reporting.demand.forecast.notEnough", forecast.neededWeeks(),
                    phrases(texts, forecast.notEnoughHistory().stream()
                            .map(item -> texts.t("reporting.demand.forecast.notEnoughItem", item.name(),
                                    item.historyWeeks()))
                            .toList()));
        }
        if (forecast.items().isEmpty()) {
            return texts.t("reporting.demand.forecast.noHistory", forecast.historyWeeks(),
                    texts.period(forecast.lastWeek(), Granularity.WEEK), forecast.neededWeeks());
        }
        return texts.t("reporting.demand.forecast.allEnough", forecast.neededWeeks());
    }

    private Grid<ItemForecast> grid(List<ItemForecast> items) {
        List<String> ahead = items.isEmpty() ? List.of()
                : items.get(0).forecastWeeks().stream().map(week -> texts.period(week, Granularity.WEEK)).toList();
        Grid<ItemForecast> grid = ReportParts.wrapping(new Grid<>(ItemForecast.class, false));
        grid.setId("forecast-grid");
        grid.addColumn(ItemForecast::name).setHeader(texts.t("reporting.demand.dimension.SERVICE_ITEM")).setFlexGrow(2)
                .setFrozen(true);
        grid.addColumn(item -> modelName(texts, item.model(), forecast))
                .setHeader(texts.t("reporting.demand.column.model"));
        grid.addColumn(item -> texts.integer(item.historyWeeks()))
                .setHeader(texts.t("reporting.demand.column.historyWeeks"));
        for (int i = 0; i < ahead.size(); i++) {
            int week = i;
            grid.addColumn(item -> texts.decimal(item.forecast().get(week), 1)).setHeader(ahead.get(i));
        }
        grid.addColumn(item -> texts.decimal(item.mae(), 1)).setHeader(texts.t("reporting.demand.column.mae"));
        grid.addColumn(item -> texts.percent(item.mape())).setHeader(texts.t("reporting.demand.column.mape"));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** History (its last year at most), the back-test over the weeks held out, and the weeks ahead. */
    private Component chart(ItemForecast item) {
        int shown = Math.min(CHART_HISTORY_WEEKS, item.historyWeeks());
        int skipped = item.historyWeeks() - shown;
        int ahead = item.forecast().size();
        int held = item.backTest().size();
        List<String> labels = new ArrayList<>();
        item.weekStarts().subList(skipped, item.historyWeeks())
                .forEach(week -> labels.add(texts.period(week, Granularity.WEEK)));
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
                texts.t("reporting.demand.week"), texts.t("reporting.demand.casesAxis"), ValueFormat.decimal(0, ""),
                labels,
                List.of(new LineChart.Series(texts.t("reporting.demand.forecast.actual"), actual),
                        new LineChart.Series(texts.t("reporting.demand.forecast.backTest"), backTest),
                        new LineChart.Series(texts.t("reporting.demand.forecast.ahead"), future)),
                true)
                .toSvg(texts.locale()), "chart-forecast"));
        Paragraph model = new Paragraph(
                texts.t("reporting.demand.forecast.model", modelName(texts, item.model(), forecast),
                        texts.integer(held), texts.decimal(item.mae(), 1), texts.percent(item.mape())));
        model.setId("forecast-model");
        box.add(model);
        return box;
    }

    static String modelName(ReportTexts texts, ForecastModel model, DemandForecast forecast) {
        return texts.t("reporting.demand.model." + model.name(), texts.integer(forecast.seasonWeeks()));
    }

    /** An ISO week as exports write periods: 2025-W10. */
    static String isoWeek(LocalDate monday) {
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format(Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
