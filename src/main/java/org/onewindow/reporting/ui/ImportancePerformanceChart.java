package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.svg;

import java.util.List;
import java.util.Optional;

import org.onewindow.reporting.IndicatorReport;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.QuadrantChart;

import com.vaadin.flow.component.Component;

/**
 * The importance–performance chart of one indicator set version, drawn as the service placed its indicators: the
 * points and the cross-hairs are the report's figures, the view only names the indicators in the reader's language.
 */
final class ImportancePerformanceChart {

    private ImportancePerformanceChart() {
    }

    /** The chart, or nothing when the service could place no indicator of the version (too few answers). */
    static Optional<Component> of(ReportTexts texts, String title, IndicatorReport.SetVersion version, String id) {
        List<QuadrantChart.Point> points = version.indicators().stream()
                .filter(d -> d.importance() != null && d.mean() != null && d.quadrant() != null)
                .map(d -> new QuadrantChart.Point(d.name(texts.locale()), d.mean(), d.importance())).toList();
        if (points.isEmpty() || version.meanPerformance() == null || version.meanImportance() == null) {
            return Optional.empty();
        }
        return Optional
                .of(svg(QuadrantChart.importancePerformance(title, texts.t("reporting.satisfaction.ipa.performance"),
                        texts.t("reporting.satisfaction.ipa.importance"), points, version.meanPerformance(),
                        version.meanImportance(), texts.locale()).toSvg(texts.locale()), id));
    }
}
