package org.onewindow.reporting.internal.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis ticks (steps of 1, 2 or 5 times a power of ten) that cover a range of data, so axes read
 * 0, 20, 40 rather than 0, 17.3, 34.6.
 */
record Ticks(double low, double high, double step) {

    /**
     * Ticks covering {@code [min, max]} with about {@code target} intervals and a step of at least
     * {@code minStep}, the finest difference the axis labels can show (1 for counts, 0.01 for whole percents).
     */
    static Ticks covering(double min, double max, int target, double minStep) {
        if (!(max > min)) {
            // One value, or none: give it room around it.
            double spread = min == 0 ? 1 : Math.abs(min) * 0.1;
            min = min - (min == 0 ? 0 : spread);
            max = max + spread;
        }
        double step = Math.max(nice((max - min) / target), nice(minStep));
        double low = Math.floor(min / step + 1e-9) * step;
        double high = Math.ceil(max / step - 1e-9) * step;
        return new Ticks(clean(low, step), clean(high, step), step);
    }

    /** These ticks without those beyond {@code lowest..highest}, the values the quantity can take. */
    Ticks within(double lowest, double highest) {
        double from = Math.max(low, Math.ceil(lowest / step - 1e-9) * step);
        double to = Math.min(high, Math.floor(highest / step + 1e-9) * step);
        return to > from ? new Ticks(clean(from, step), clean(to, step), step) : this;
    }

    List<Double> values() {
        List<Double> values = new ArrayList<>();
        long count = Math.round((high - low) / step);
        for (long i = 0; i <= count; i++) {
            values.add(clean(low + i * step, step));
        }
        return values;
    }

    private static double nice(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** Removes the floating-point dust of repeated steps (0.30000000000000004). */
    private static double clean(double value, double step) {
        double rounded = Math.round(value / step) * step;
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", rounded));
    }
}
