package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.util.List;
import java.util.Locale;

import org.onewindow.reporting.WindowStaffing;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HeatMap;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The demand report's section on window staffing: the windows each hour needs beside those it had. */
final class WindowStaffingSection {

    private WindowStaffingSection() {
    }

    static Div of(ReportTexts texts, TableExport export, WindowStaffing staffing) {
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
        Grid<WindowStaffing.Hour> grid = ReportParts.wrapping(new Grid<>(WindowStaffing.Hour.class, false));
        grid.setId("staffing-grid");
        grid.addColumn(h -> hourName(h.hour())).setHeader(texts.t("reporting.demand.column.hour"));
        grid.addColumn(h -> texts.decimal(h.arrivalsPerHour(), 2))
                .setHeader(texts.t("reporting.demand.column.arrivalsPerHour"));
        grid.addColumn(h -> texts.integer(h.windowsNeeded()))
                .setHeader(texts.t("reporting.demand.column.windowsNeeded"));
        grid.addColumn(h -> texts.decimal(h.windowsStaffed(), 2))
                .setHeader(texts.t("reporting.demand.column.windowsStaffed"));
        grid.addComponentColumn(h -> status(texts, h)).setHeader(texts.t("reporting.demand.column.status"));
        grid.setPartNameGenerator(h -> h.underStaffed() ? "report-under-staffed" : null);
        grid.setItems(staffing.hours());
        grid.setAllRowsVisible(true);
        List<String> hours = staffing.hours().stream().map(h -> HeatMap.HOURS.get(h.hour())).toList();
        section.add(grid,
                svg(new LineChart(texts.t("reporting.demand.staffing.chart"), texts.t("reporting.chart.heatMap.hour"),
                        texts.t("reporting.demand.staffing.axis"), ValueFormat.decimal(1, ""), hours,
                        List.of(new LineChart.Series(texts.t("reporting.demand.column.windowsNeeded"),
                                staffing.hours().stream().map(h -> (double) h.windowsNeeded()).toList()),
                                new LineChart.Series(texts.t("reporting.demand.column.windowsStaffed"),
                                        staffing.hours().stream().map(WindowStaffing.Hour::windowsStaffed).toList())),
                        true)
                        .toSvg(texts.locale()), "chart-staffing"));
        section.add(exports(texts, export, "export-staffing", "window-staffing", title,
                List.of(texts.t("reporting.demand.column.hour"), texts.t("reporting.demand.column.arrivals"),
                        texts.t("reporting.demand.column.arrivalsPerHour"),
                        texts.t("reporting.demand.column.windowsNeeded"),
                        texts.t("reporting.demand.column.windowsStaffed"),
                        texts.t("reporting.demand.column.underStaffed")),
                () -> staffing.hours().stream().map(h -> ReportParts.row(hourName(h.hour()), h.arrivals(),
                        texts.decimalCell(h.arrivalsPerHour(), 2), h.windowsNeeded(),
                        texts.decimalCell(h.windowsStaffed(), 2),
                        texts.t(h.underStaffed() ? "reporting.export.yes" : "reporting.export.no"))).toList()));
        return section;
    }

    /** "09:00–10:00", the same in both languages. */
    static String hourName(int hour) {
        return String.format(Locale.ROOT, "%02d:00\u2013%02d:00", hour, hour + 1);
    }

    /** Under-staffed in the warning colour and in words, so that colour is never the only cue. */
    static Span status(ReportTexts texts, WindowStaffing.Hour hour) {
        Span status = new Span(
                texts.t(hour.underStaffed() ? "reporting.demand.staffing.under" : "reporting.demand.staffing.enough"));
        if (hour.underStaffed()) {
            status.addClassName("report-warning");
        }
        return status;
    }
}
