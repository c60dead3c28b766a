package org.onewindow.reporting.internal.export;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure of a report as the screen rounds it: a CSV carries the screen's text ("87.5%", "3.2"), so the file reads
 * as the page does, while an Excel sheet gets the rounded number with a cell format showing it the same way, so a
 * manager can still sum and sort it.
 *
 * @param value       the rounded value, as Excel stores it (87.5% is 0.875)
 * @param text        the value as the CSV writes it: plain digits with a dot, a percent sign for a rate
 * @param excelFormat the cell's number format, e.g. "0.0%" or "0.00"
 */
public record Figure(BigDecimal value, String text, String excelFormat) {

    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(excelFormat, "excelFormat");
    }

    /** A decimal rounded to {@code digits} fraction digits the way the screen's number format rounds it. */
    public static Figure decimal(double value, int digits) {
        BigDecimal rounded = round(value, digits);
        return new Figure(rounded, rounded.toPlainString(), digits == 0 ? "0" : "0." + "0".repeat(digits));
    }

    /** A share (0.8754) as a percentage with {@code digits} fraction digits: text "87.5%", value 0.875. */
    public static Figure percent(double share, int digits) {
        BigDecimal points = round(share * 100, digits);
        return new Figure(points.movePointLeft(2), points.toPlainString() + "%",
                digits == 0 ? "0%" : "0." + "0".repeat(digits) + "%");
    }

    /**
     * Half-even on the double's exact binary value, as {@code java.text.NumberFormat} rounds: 2.675 (stored as
     * 2.67499…) gives 2.67 on screen, so it must give 2.67 here too.
     */
    private static BigDecimal round(double value, int digits) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("No figure for " + value);
        }
        return new BigDecimal(value).setScale(digits, java.math.RoundingMode.HALF_EVEN);
    }
}
