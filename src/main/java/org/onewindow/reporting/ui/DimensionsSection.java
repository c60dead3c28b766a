package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.nullable;
import static org.onewindow.reporting.ui.ReportParts.section;

import java.util.List;

import org.onewindow.reporting.DimensionReport;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The satisfaction report's section on the questionnaire's five dimensions: their means, importance and quadrant,
 * the reliability of the five items as a scale, and the importance-performance chart.
 */
final class DimensionsSection {

    private DimensionsSection() {
    }

    static Div of(ReportTexts texts, TableExport export, DimensionReport report) {
        Div section = section(texts.t("reporting.satisfaction.dimensions"), "report-dimensions");
        Grid<DimensionReport.Dimension> grid = new Grid<>(DimensionReport.Dimension.class, false);
        grid.setId("dimension-grid");
        grid.addColumn(d -> texts.dimension(d.key())).setHeader(texts.t("reporting.satisfaction.column.dimension"));
        grid.addColumn(d -> texts.decimal(d.mean(), 2)).setHeader(texts.t("reporting.satisfaction.column.meanScore"));
        grid.addColumn(d -> texts.decimal(d.importance(), 2))
                .setHeader(texts.t("reporting.satisfaction.column.importanceR"));
        grid.addColumn(d -> d.quadrant() == null ? ReportTexts.NONE : texts.quadrant(d.quadrant()))
                .setHeader(texts.t("reporting.satisfaction.column.quadrant"));
        grid.addColumn(
                d -> alphaIfDeleted(report, d) instanceof Double alpha ? texts.decimal(alpha, 3) : ReportTexts.NONE)
                .setHeader(texts.t("reporting.satisfaction.column.alphaIfDeleted"));
        grid.setItems(report.dimensions());
        grid.setAllRowsVisible(true);
        String alphaKey = report.alpha() == null ? "reporting.satisfaction.alpha.none"
                : report.alpha() >= 0.7 ? "reporting.satisfaction.alpha.consistent"
                        : "reporting.satisfaction.alpha.low";
        Paragraph alpha = new Paragraph(texts.t(alphaKey, texts.decimal(report.alpha(), 3),
                report.answers()));
        alpha.setId("reliability-alpha");
        section.add(grid, alpha);
        ImportancePerformanceChart.of(texts, texts.t("reporting.satisfaction.ipa"), report, "chart-ipa")
                .ifPresent(section::add);
        section.add(exports(texts, export, "export-dimensions", "dimensions",
                texts.t("reporting.satisfaction.dimensions.export"),
                List.of(texts.t("reporting.satisfaction.column.dimension"),
                        texts.t("reporting.satisfaction.column.mean"),
                        texts.t("reporting.satisfaction.column.importance"),
                        texts.t("reporting.satisfaction.column.quadrant"),
                        texts.t("reporting.satisfaction.column.alphaIfDeleted")),
                () -> report.dimensions().stream()
                        .map(d -> List.<Object>of(texts.dimension(d.key()), nullable(d.mean()),
                                nullable(d.importance()), d.quadrant() == null ? "" : texts.quadrant(d.quadrant()),
                                alphaIfDeleted(report, d)))
                        .toList()));
        return section;
    }

    /** Cronbach's alpha without this dimension, or an empty cell when it could not be computed. */
    private static Object alphaIfDeleted(DimensionReport report, DimensionReport.Dimension dimension) {
        int index = report.dimensions().indexOf(dimension);
        return index < report.alphaIfItemDeleted().size() ? nullable(report.alphaIfItemDeleted().get(index)) : "";
    }
}
