package org.onewindow.reporting.internal.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.onewindow.reporting.internal.ReportTexts;

/**
 * One or more series over time labels (weeks, months): volumes and rates as trends. A missing value ({@code
 * null} or NaN) leaves a gap rather than a line to zero; a single point is drawn as a marker; no values at all
 * give the no-data message.
 *
 * @param title         the chart's title
 * @param timeAxis      what the labels are, e.g. "Week (ISO)"
 * @param valueAxis     the measured quantity with its unit, e.g. "Cases closed (count)"
 * @param format        how values are written on the axis and as labels
 * @param timeLabels    the periods, oldest first
 * @param series        the lines; each has one value per time label
 * @param startAtZero   whether the value axis starts at zero (counts); rates that stay near 95% read better without
 * @param noDataMessage shown instead of the chart when there is nothing to draw; null for the standard
 *                      message in the reader's language
 * @param possible      the values the quantity can take (0..1 for a rate, 1..5 for a rating), or null when unbounded:
 *                      the axis never goes beyond them, and a flat line is drawn on the whole of them
 */
public record LineChart(String title, String timeAxis, String valueAxis, ValueFormat format, List<String> timeLabels,
        List<Series> series, boolean startAtZero, String noDataMessage, PossibleValues possible) {

    /** The lowest and highest value a quantity can take. */
    public record PossibleValues(double lowest, double highest) {

        public PossibleValues {
            if (!(highest > lowest)) {
                throw new IllegalArgumentException("No values possible between " + lowest + " and " + highest);
            }
        }
    }

    /** A named line; {@code values} may hold nulls for periods without data. */
    public record Series(String name, List<Double> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values)); // copyOf would refuse the nulls
        }

        /** The value at {@code index}, or NaN when missing. */
        double at(int index) {
            Double value = values.get(index);
            return value == null || !Double.isFinite(value) ? Double.NaN : value;
        }
    }

    public LineChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        timeAxis = Objects.requireNonNullElse(timeAxis, "");
        valueAxis = Objects.requireNonNullElse(valueAxis, "");
        timeLabels = List.copyOf(timeLabels);
        series = List.copyOf(series);
        for (Series line : series) {
            if (line.values().size() != timeLabels.size()) {
                throw new IllegalArgumentException("Series " + line.name() + " has " + line.values().size()
                        + " values for " + timeLabels.size() + " time labels");
            }
        }
    }

    public LineChart(String title, String timeAxis, String valueAxis, ValueFormat format, List<String> timeLabels,
            List<Series> series, boolean startAtZero) {
        this(title, timeAxis, valueAxis, format, timeLabels, series, startAtZero, null, null);
    }

    public LineChart(String title, String timeAxis, String valueAxis, ValueFormat format, List<String> timeLabels,
            List<Series> series, boolean startAtZero, String noDataMessage) {
        this(title, timeAxis, valueAxis, format, timeLabels, series, startAtZero, noDataMessage, null);
    }

    /**
     * This chart with its axis kept within {@code lowest..highest}: a steady 100% on-time rate drawn on 90%–110%
     * shows rates nobody can reach.
     */
    public LineChart withPossibleValues(double lowest, double highest) {
        return new LineChart(title, timeAxis, valueAxis, format, timeLabels, series, startAtZero, noDataMessage,
                new PossibleValues(lowest, highest));
    }

    /** The chart as SVG, its own texts (descriptions, no-data message) in {@code locale}'s language. */
    public String toSvg(Locale locale) {
        return new LineChartRenderer(this, ReportTexts.of(locale)).render();
    }
}
