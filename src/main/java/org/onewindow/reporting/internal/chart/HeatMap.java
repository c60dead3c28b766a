package org.onewindow.reporting.internal.chart;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

import org.onewindow.reporting.internal.ReportTexts;

/**
 * A grid of cells coloured by magnitude with a colour-scale legend: arrivals by weekday (rows, Monday to
 * Sunday) and hour of day (columns). NaN marks a cell without data (grey). A grid with no value above zero
 * gives the no-data message: for arrivals that is a period with none.
 *
 * @param title         the chart's title
 * @param rowAxis       what the rows are, e.g. "Weekday"
 * @param columnAxis    what the columns are, with the unit, e.g. "Hour of day (hall time)"
 * @param valueLegend   what the colour means, with the unit, e.g. "Arrivals per hour (count)"
 * @param format        how values are written in cells and on the legend
 * @param rowLabels     one label per row
 * @param columnLabels  one label per column
 * @param values        {@code values[row][column]}; copied
 * @param noDataMessage shown instead of the chart when there is nothing to draw; null for the standard
 *                      message in the reader's language
 */
public record HeatMap(String title, String rowAxis, String columnAxis, String valueLegend, ValueFormat format,
        List<String> rowLabels, List<String> columnLabels, double[][] values, String noDataMessage) {

    public static final List<String> HOURS = IntStream.range(0, 24)
            .mapToObj(hour -> String.format(Locale.ROOT, "%02d", hour)).toList();

    public HeatMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        rowAxis = Objects.requireNonNullElse(rowAxis, "");
        columnAxis = Objects.requireNonNullElse(columnAxis, "");
        valueLegend = Objects.requireNonNullElse(valueLegend, "");
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException(
                    values.length + " rows of values for " + rowLabels.size() + " row labels");
        }
        double[][] copy = new double[values.length][];
        for (int row = 0; row < values.length; row++) {
            if (values[row].length != columnLabels.size()) {
                throw new IllegalArgumentException("Row " + row + " has " + values[row].length + " values for "
                        + columnLabels.size() + " columns");
            }
            copy[row] = values[row].clone();
        }
        values = copy;
    }

    /**
     * Weekday (rows Monday to Sunday, {@code values[0]} is Monday, as ISO-8601 and the hall's week) by hour of day
     * (columns 00 to 23), with the axes and weekdays named in {@code locale}'s language.
     */
    public static HeatMap weekdayByHour(String title, String valueLegend, ValueFormat format, double[][] values,
            Locale locale) {
        ReportTexts texts = ReportTexts.of(locale);
        return new HeatMap(title, texts.t("reporting.chart.heatMap.weekday"), texts.t("reporting.chart.heatMap.hour"),
                valueLegend, format, weekdays(locale), HOURS, values, null);
    }

    /** The weekdays' short names in {@code locale}'s language, Monday first. */
    public static List<String> weekdays(Locale locale) {
        ReportTexts texts = ReportTexts.of(locale);
        return Arrays.stream(DayOfWeek.values()).map(texts::weekday).toList();
    }

    /** A copy: the record must not hand out its own array. */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int row = 0; row < values.length; row++) {
            copy[row] = values[row].clone();
        }
        return copy;
    }

    /** By content: a record compares arrays by identity otherwise. */
    @Override
    public boolean equals(Object other) {
        return other instanceof HeatMap map && title.equals(map.title) && rowAxis.equals(map.rowAxis)
                && columnAxis.equals(map.columnAxis) && valueLegend.equals(map.valueLegend) && format.equals(map.format)
                && rowLabels.equals(map.rowLabels) && columnLabels.equals(map.columnLabels)
                && Arrays.deepEquals(values, map.values) && Objects.equals(noDataMessage, map.noDataMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, rowAxis, columnAxis, valueLegend, format, rowLabels, columnLabels, noDataMessage)
                * 31 + Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "HeatMap[" + title + ", " + rowLabels.size() + " x " + columnLabels.size() + "]";
    }

    double value(int row, int column) {
        return values[row][column];
    }

    /** The chart as SVG, its own texts (descriptions, no-data message) in {@code locale}'s language. */
    public String toSvg(Locale locale) {
        return new HeatMapRenderer(this, ReportTexts.of(locale)).render();
    }
}
