package org.onewindow.reporting.internal.chart;

/** Marker shapes and dash patterns, so that series differ by more than colour. */
final class Markers {

    private static final String[] DASHES = { null, "6 3", "2 3", "8 3 2 3" };

    private Markers() {
    }

    /** Path data of marker {@code index} (circle, square, triangle, diamond, ...) centred at (x, y). */
    static String path(int index, double x, double y) {
        double r = 4.5;
        return switch (index % 4) {
            case 0 -> "M" + Svg.num(x - r) + " " + Svg.num(y) + "a" + Svg.num(r) + " " + Svg.num(r) + " 0 1 0 "
                    + Svg.num(2 * r)
                    + " 0a" + Svg.num(r) + " " + Svg.num(r) + " 0 1 0 " + Svg.num(-2 * r) + " 0Z";
            case 1 -> "M" + Svg.num(x - r) + " " + Svg.num(y - r) + "h" + Svg.num(2 * r) + "v" + Svg.num(2 * r) + "h"
                    + Svg.num(-2 * r) + "Z";
            case 2 ->
                "M" + Svg.num(x) + " " + Svg.num(y - r - 1) + "L" + Svg.num(x + r + 1) + " " + Svg.num(y + r) + "L"
                        + Svg.num(x - r - 1) + " " + Svg.num(y + r) + "Z";
            default -> "M" + Svg.num(x) + " " + Svg.num(y - r - 1) + "L" + Svg.num(x + r + 1) + " " + Svg.num(y) + "L"
                    + Svg.num(x) + " " + Svg.num(y + r + 1) + "L" + Svg.num(x - r - 1) + " " + Svg.num(y) + "Z";
        };
    }

    static String dash(int index) {
        return DASHES[index % DASHES.length];
    }
}
