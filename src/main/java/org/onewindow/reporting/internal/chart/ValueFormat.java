package org.onewindow.reporting.internal.chart;

import java.util.Locale;

/**
 * How a chart writes the numbers of one axis and its value labels: {@code value * scale} with a fixed number
 * of decimals and a unit suffix, '.' as decimal mark whatever the server's locale. Proportions are stored as
 * 0..1 and shown with {@link #percent}.
 */
public record ValueFormat(double scale, int decimals, String suffix) {

    public ValueFormat {
        if (!(scale > 0) || decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("Bad value format: scale " + scale + ", " + decimals + " decimals");
        }
        suffix = suffix == null ? "" : suffix;
    }

    /** Whole numbers: 1,234. */
    public static ValueFormat count() {
        return new ValueFormat(1, 0, "");
    }

    /** A proportion 0..1 as a percentage: 0.853 is 85.3% with one decimal. */
    public static ValueFormat percent(int decimals) {
        return new ValueFormat(100, decimals, "%");
    }

    /** A plain number with the given decimals and unit, e.g. {@code decimal(1, " d")} for 3.5 d. */
    public static ValueFormat decimal(int decimals, String suffix) {
        return new ValueFormat(1, decimals, suffix);
    }

    /** The value as text; a missing value (NaN) is an en dash. */
    public String format(double value) {
        if (!Double.isFinite(value)) {
            return "\u2013";
        }
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value * scale);
        if (text.matches("-0[.,]?0*")) {
            text = text.substring(1); // a value that rounds to zero is not negative
        }
        return text + suffix;
    }

    /**
     * This format with no more decimals than ticks {@code step} apart need: an axis reads 0%, 20%, 40% even when
     * the bars' own labels say 85.3%.
     */
    ValueFormat forTicks(double step) {
        int needed = (int) Math.max(0, -Math.floor(Math.log10(step * scale) + 1e-9));
        return needed >= decimals ? this : new ValueFormat(scale, needed, suffix);
    }

    /** The smallest difference between two values that this format can show, in data units. */
    double resolution() {
        return Math.pow(10, -decimals) / scale;
    }
}
