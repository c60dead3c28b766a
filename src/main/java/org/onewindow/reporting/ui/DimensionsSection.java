package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.row;
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
        Grid<DimensionReport.Dimension> grid = ReportParts.wrapping(new Grid<>(DimensionReport.Dimension.class, false));
        grid.setId("dimension-grid");
        grid.addColumn(d -> texts.dimension(d.key())).setHeader(texts.t("reporting.satisfaction.column.dimension"));
        grid.addColumn(d -> texts.decimal(d.mean(), 2)).setHeader(texts.t("reporting.satisfaction.column.meanScore"));
        grid.addColumn(d -> texts.decimal(d.importance(), 2))
                .setHeader(texts.t("reporting.satisfaction.column.importanceR"));
        grid.addColumn(d -> d.quadrant() == null ? ReportTexts.NONE : texts.quadrant(d.quadrant()))
                .setHeader(texts.t("reporting.satisfaction.column.quadrant"));
        grid.addColumn(d -> texts.decimal(alphaIfDeleted(report, d), 3))
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
                        texts.t("reporting.satisfaction.column.meanScore"),
                        texts.t("reporting.satisfaction.column.importanceR"),
                        texts.t("reporting.satisfaction.column.quadrant"),
                        texts.t("reporting.satisfaction.column.alphaIfDeleted")),
                () -> report.dimensions().stream()
                        .map(d -> row(texts.dimension(d.key()), texts.decimalCell(d.mean(), 2),
                                texts.decimalCell(d.importance(), 2),
                                d.quadrant() == null ? null : texts.quadrant(d.quadrant()),
                                texts.decimalCell(alphaIfDeleted(report, d), 3)))
                        .toList()));
        return section;
    }

    /** Cronbach's alpha without this dimension, or an empty cell when it could not be computed. */
    private static Double alphaIfDeleted(DimensionReport report, DimensionReport.Dimension dimension) {
        int index = report.dimensions().indexOf(dimension);
        return index < report.alphaIfItemDeleted().size() ? report.alphaIfItemDeleted().get(index) : null;
    }
}
