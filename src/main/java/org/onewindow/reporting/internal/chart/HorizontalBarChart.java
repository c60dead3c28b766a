package org.onewindow.reporting.internal.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.onewindow.reporting.internal.ReportTexts;

/**
 * Horizontal bars, one per category, in the order given: rankings (good-review rate per department with its
 * Wilson interval as an error bar) and per-department numbers. Bars start at zero, so their lengths compare.
 *
 * @param title          the chart's title
 * @param categoryAxis   what the bars are, e.g. "Department"
 * @param valueAxis      what the length means, with its unit, e.g. "Good-review rate (%)"
 * @param format         how values are written on the axis and next to the bars
 * @param bars           the bars, top to bottom
 * @param noDataMessage  shown instead of the chart when there are no bars; null for the standard
 *                      message in the reader's language
 */
public record HorizontalBarChart(String title, String categoryAxis, String valueAxis, ValueFormat format,
        List<Bar> bars,
        String noDataMessage) {

    /** A bar, optionally with an interval (NaN bounds when none). */
    public record Bar(String label, double value, double low, double high) {

        public Bar {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Bar " + label + " needs a finite value, not " + value);
            }
            boolean noInterval = Double.isNaN(low) && Double.isNaN(high);
            if (!noInterval && !(Double.isFinite(low) && Double.isFinite(high) && low <= high)) {
                throw new IllegalArgumentException("Bar " + label + " has a bad interval [" + low + ", " + high + "]");
            }
        }

        public static Bar of(String label, double value) {
            return new Bar(label, value, Double.NaN, Double.NaN);
        }

        public static Bar withInterval(String label, double value, double low, double high) {
            return new Bar(label, value, low, high);
        }

        public boolean hasInterval() {
            return !Double.isNaN(low);
        }
    }

    public HorizontalBarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        categoryAxis = Objects.requireNonNullElse(categoryAxis, "");
        valueAxis = Objects.requireNonNullElse(valueAxis, "");
        bars = List.copyOf(bars);
    }

    public HorizontalBarChart(String title, String categoryAxis, String valueAxis, ValueFormat format, List<Bar> bars) {
        this(title, categoryAxis, valueAxis, format, bars, null);
    }

    /** The chart as SVG, its own texts (descriptions, no-data message) in {@code locale}'s language. */
    public String toSvg(Locale locale) {
        return new HorizontalBarRenderer(this, ReportTexts.of(locale)).render();
    }
}
