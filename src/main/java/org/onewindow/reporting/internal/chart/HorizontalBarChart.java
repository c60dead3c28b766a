package org.onewindow.reporting.internal.chart;

import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars, one per category, in the order given: rankings (good-review rate per department with its
 * Wilson interval as an error bar) and per-department numbers. Bars start at zero, so their lengths compare.
 *
 * @param title          the chart's title
 * @param categoryAxis   what the bars are, e.g. "Department"
 * @param valueAxis      what the length means, with its unit, e.g. "Good-review rate (%)"
 * @param format         how values are written on the axis and next to the bars
 * @param bars           the bars, top to bottom
 * @param noDataMessage  shown instead of the chart when there are no bars
 */
public record HorizontalBarChart(String title, String categoryAxis, String valueAxis, ValueFormat format, List<Bar> bars,
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
        noDataMessage = Objects.requireNonNullElse(noDataMessage, Charts.NO_DATA);
    }

    public HorizontalBarChart(String title, String categoryAxis, String valueAxis, ValueFormat format, List<Bar> bars) {
        this(title, categoryAxis, valueAxis, format, bars, Charts.NO_DATA);
    }

    public String toSvg() {
        return new HorizontalBarRenderer(this).render();
    }
}
