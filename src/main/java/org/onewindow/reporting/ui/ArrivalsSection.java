package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.row;
import static org.onewindow.reporting.ui.ReportParts.phrases;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.onewindow.reporting.ArrivalHeatmap;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HeatMap;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The demand report's section on arrivals at the windows: the mean per weekday and hour, as a heat map. */
final class ArrivalsSection {

    private ArrivalsSection() {
    }

    static Div of(ReportTexts texts, TableExport export, ArrivalHeatmap map) {
        String title = texts.t("reporting.demand.arrivals");
        Div section = section(title, "report-arrivals");
        DayOfWeek[] days = DayOfWeek.values();
        // The service's means, laid out as the heat map takes them: NaN where a weekday had no working day.
        double[][] means = new double[7][24];
        List<String> perWeekday = new ArrayList<>();
        for (DayOfWeek day : days) {
            for (int hour = 0; hour < 24; hour++) {
                Double mean = map.mean(day, hour);
                means[day.ordinal()][hour] = mean == null ? Double.NaN : mean;
            }
            perWeekday.add(texts.t("reporting.demand.arrivals.weekdayDays", texts.weekday(day),
                    texts.integer(map.workingDays(day))));
        }
        Paragraph note = new Paragraph(texts.t("reporting.demand.arrivals.note", map.total(),
                phrases(texts, perWeekday)));
        note.setId("arrivals-note");
        section.add(note, svg(HeatMap.weekdayByHour(texts.t("reporting.demand.arrivals.chart"),
                texts.t("reporting.demand.arrivals.legend"), ValueFormat.decimal(1, ""), means, texts.locale())
                .toSvg(texts.locale()), "chart-arrivals-heatmap"));
        section.add(exports(texts, export, "export-arrivals", "arrivals-by-weekday-and-hour", title,
                List.of(texts.t("reporting.chart.heatMap.weekday"), texts.t("reporting.demand.column.hour"),
                        texts.t("reporting.demand.column.workingDays"), texts.t("reporting.demand.column.arrivals"),
                        texts.t("reporting.demand.column.meanPerHour")),
                () -> Arrays.stream(days).flatMap(day -> IntStream.range(0, 24).mapToObj(hour -> row(
                        texts.weekday(day), HeatMap.HOURS.get(hour), map.workingDays(day), map.arrivals(day, hour),
                        texts.decimalCell(map.mean(day, hour), 1)))).toList()));
        return section;
    }
}
