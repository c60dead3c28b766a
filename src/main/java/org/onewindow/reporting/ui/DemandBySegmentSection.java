package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.util.List;

import org.onewindow.reporting.DemandDimension;
import org.onewindow.reporting.DemandTable;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

/**
 * The demand report's section on cases by segment (applicant type, age band, district, channel, first-time or
 * returning): one segment at a time, chosen in a select, and all of them in the export.
 */
final class DemandBySegmentSection {

    private DemandBySegmentSection() {
    }

    static Div of(ReportTexts texts, TableExport export, List<DemandTable> segments) {
        DemandTables tables = new DemandTables(texts);
        String title = texts.t("reporting.demand.segments");
        Div section = section(title, "report-demand-segments");
        Div shown = new Div();
        Select<DemandDimension> segment = new Select<>();
        segment.setId("demand-segment");
        segment.setLabel(texts.t("reporting.demand.segment"));
        segment.setItems(DemandDimension.SEGMENTS);
        segment.setItemLabelGenerator(tables::dimensionName);
        segment.addValueChangeListener(event -> {
            shown.removeAll();
            segments.stream().filter(table -> table.dimension() == event.getValue()).findFirst()
                    .ifPresent(table -> shown.add(chart(texts, tables, table),
                            tables.grid(table, "demand-segments-grid")));
        });
        segment.setValue(DemandDimension.APPLICANT_TYPE);
        section.add(segment, shown);
        DemandTable first = segments.isEmpty() ? null : segments.get(0);
        List<String> headers = first == null ? List.of() : tables.headers(first, true);
        section.add(exports(texts, export, "export-demand-segments", "demand-by-segment", title, headers,
                () -> segments.stream()
                        .flatMap(table -> table.rows().stream().map(row -> tables.cells(table, row, true)))
                        .toList()));
        return section;
    }

    private static Component chart(ReportTexts texts, DemandTables tables, DemandTable table) {
        List<LineChart.Series> lines = table.rows().stream()
                .map(row -> DemandTables.series(tables.rowName(table.dimension(), row), row.counts())).toList();
        return svg(new LineChart(texts.t("reporting.demand.segments.chart", tables.dimensionName(table.dimension())),
                texts.t("reporting.demand.period"), texts.t("reporting.demand.casesAxis"), ValueFormat.count(),
                tables.periods(table), lines, true).toSvg(texts.locale()), "chart-demand-segments");
    }
}
