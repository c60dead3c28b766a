package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.row;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.util.List;

import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.SatisfactionTrendPoint;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.html.Div;

/** The satisfaction report's trend: the good-review rate and the mean overall rating, period by period. */
final class SatisfactionTrendSection {

    private SatisfactionTrendSection() {
    }

    static Div of(ReportTexts texts, TableExport export, List<SatisfactionTrendPoint> points, Granularity granularity) {
        Div section = section(texts.t("reporting.satisfaction.trend"), "report-satisfaction-trend");
        List<String> labels = points.stream().map(p -> texts.period(p.start(), granularity)).toList();
        String period = texts.t("reporting.satisfaction.trend.period");
        section.add(svg(new LineChart(texts.t("reporting.satisfaction.trend.good"), period,
                texts.t("reporting.satisfaction.goodReviewsAxis"), ValueFormat.percent(0), labels,
                List.of(new LineChart.Series(texts.t("reporting.satisfaction.trend.goodSeries"),
                        points.stream().map(SatisfactionTrendPoint::goodRate).toList())),
                false).withPossibleValues(0, 1)
                .toSvg(texts.locale()), "chart-good-trend"));
        section.add(svg(new LineChart(texts.t("reporting.satisfaction.trend.mean"), period,
                texts.t("reporting.satisfaction.trend.meanAxis"), ValueFormat.decimal(2, ""), labels,
                List.of(new LineChart.Series(texts.t("reporting.satisfaction.trend.meanSeries"),
                        points.stream().map(SatisfactionTrendPoint::meanOverall).toList())),
                false).withPossibleValues(1, 5) // ratings are one to five stars
                .toSvg(texts.locale()), "chart-mean-trend"));
        // The export keeps ISO periods (2025-W10, 2025-03) beside each period's first day: data for a spreadsheet.
        section.add(exports(texts, export, "export-satisfaction-trend", "satisfaction-trend",
                texts.t("reporting.satisfaction.trend.export"), List.of(texts.t("reporting.export.period"),
                        texts.t("reporting.export.starts"), texts.t("reporting.satisfaction.column.answers"),
                        texts.t("reporting.satisfaction.column.goodRate"),
                        texts.t("reporting.satisfaction.column.meanOverall")),
                () -> points.stream().map(p -> row(p.label(), p.start(), p.responses(),
                        texts.percentCell(p.goodRate()), texts.decimalCell(p.meanOverall(), 2))).toList()));
        return section;
    }
}
