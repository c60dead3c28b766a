package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.onewindow.reporting.DemandTable;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.html.Div;

/** The demand report's section on cases accepted by service item, period by period. */
final class DemandByItemSection {

    /** Items drawn as their own line in the trend; the others are drawn as one. */
    static final int TREND_LINES = 6;

    private DemandByItemSection() {
    }

    static Div of(ReportTexts texts, TableExport export, DemandTable table) {
        DemandTables tables = new DemandTables(texts);
        String title = texts.t("reporting.demand.items");
        Div section = section(title, "report-demand-items");
        List<String> labels = tables.periods(table);
        List<LineChart.Series> lines = new ArrayList<>();
        List<DemandTable.Row> rows = table.rows();
        rows.stream().limit(TREND_LINES)
                .forEach(row -> lines.add(DemandTables.series(tables.rowName(table.dimension(), row), row.counts())));
        if (rows.size() > TREND_LINES) {
            long[] others = new long[labels.size()];
            rows.stream().skip(TREND_LINES).forEach(row -> {
                for (int i = 0; i < others.length; i++) {
                    others[i] += row.counts().get(i);
                }
            });
            lines.add(DemandTables.series(
                    texts.t("reporting.demand.otherItems", texts.integer(rows.size() - TREND_LINES)),
                    Arrays.stream(others).boxed().toList()));
        }
        section.add(svg(new LineChart(texts.t("reporting.demand.items.chart"), texts.t("reporting.demand.period"),
                texts.t("reporting.demand.casesAxis"), ValueFormat.count(), labels, lines, true).toSvg(texts.locale()),
                "chart-demand-trend"));
        section.add(tables.grid(table, "demand-items-grid"));
        section.add(exports(texts, export, "export-demand-items", "demand-by-item", title, tables.headers(table, false),
                () -> rows.stream().map(row -> tables.cells(table, row, false)).toList()));
        return section;
    }
}
