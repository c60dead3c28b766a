package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.svg;

import java.util.List;
import java.util.Optional;

import org.onewindow.reporting.DimensionReport;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.QuadrantChart;

import com.vaadin.flow.component.Component;

/**
 * The importance-performance chart of the survey dimensions, drawn as the service placed them: the points and the
 * cross-hairs are the report's figures, the view only names the dimensions in the reader's language.
 */
final class ImportancePerformanceChart {

    private ImportancePerformanceChart() {
    }

    /** The chart, or nothing when the service could place no dimension (too few answers). */
    static Optional<Component> of(ReportTexts texts, String title, DimensionReport report, String id) {
        List<QuadrantChart.Point> points = report.dimensions().stream()
                .filter(d -> d.importance() != null && d.mean() != null)
                .map(d -> new QuadrantChart.Point(texts.dimension(d.key()), d.mean(), d.importance())).toList();
        if (points.isEmpty() || report.meanPerformance() == null || report.meanImportance() == null) {
            return Optional.empty();
        }
        return Optional
                .of(svg(QuadrantChart.importancePerformance(title, texts.t("reporting.satisfaction.ipa.performance"),
                        texts.t("reporting.satisfaction.ipa.importance"), points, report.meanPerformance(),
                        report.meanImportance(), texts.locale()).toSvg(texts.locale()), id));
    }
}
