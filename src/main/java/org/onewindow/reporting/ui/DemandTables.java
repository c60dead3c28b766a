package org.onewindow.reporting.ui;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.reporting.DemandDimension;
import org.onewindow.reporting.DemandTable;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.LineChart;

import com.vaadin.flow.component.grid.Grid;

/**
 * What the demand sections by service item and by segment share: a demand table as a grid, as chart lines and as
 * export rows, its rows and dimensions named in the reader's language.
 */
final class DemandTables {

    private final ReportTexts texts;

    DemandTables(ReportTexts texts) {
        this.texts = texts;
    }

    Grid<DemandTable.Row> grid(DemandTable table, String id) {
        Grid<DemandTable.Row> grid = ReportParts.wrapping(new Grid<>());
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
    List<String> headers(DemandTable table, boolean withSegment) {
        List<String> headers = new ArrayList<>();
        if (withSegment) {
            headers.add(texts.t("reporting.demand.segment"));
        }
        headers.addAll(List.of(texts.t("reporting.export.code"), texts.t("reporting.export.name")));
        headers.addAll(table.labels());
        headers.add(texts.t("reporting.demand.column.total"));
        return headers;
    }

    List<Object> cells(DemandTable table, DemandTable.Row row, boolean withSegment) {
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

    List<String> periods(DemandTable table) {
        return table.periods().stream().map(start -> texts.period(start, table.granularity())).toList();
    }

    static LineChart.Series series(String name, List<Long> counts) {
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
            case APPLICANT_TYPE ->
                known(code, "PERSON", "ENTERPRISE") ? texts.t("reporting.demand.applicantType." + code) : code;
            case AGE_BAND -> known(code, "UNDER_18", "FROM_18_TO_29", "FROM_30_TO_44", "FROM_45_TO_59", "FROM_60_TO_69",
                    "FROM_70") ? texts.t("reporting.demand.ageBand." + code) : code;
            case CHANNEL -> texts.channel(code);
            case RETURNING ->
                known(code, "FIRST_TIME", "RETURNING") ? texts.t("reporting.demand.returning." + code) : code;
        };
    }

    private static boolean known(String code, String... values) {
        return List.of(values).contains(code);
    }
}
