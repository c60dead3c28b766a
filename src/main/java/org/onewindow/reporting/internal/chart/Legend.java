package org.onewindow.reporting.internal.chart;

import java.util.List;
import java.util.function.IntFunction;

/** A row (wrapping onto more rows) of swatches and names under the title. */
final class Legend {

    static final double ROW = 18;
    private static final double FONT = 10.5;
    private static final double SWATCH = 22;

    private Legend() {
    }

    /** How many rows the legend needs at this width. */
    static int rows(List<String> names, double left, double right) {
        int rows = 1;
        double x = left;
        for (String name : names) {
            double width = itemWidth(name);
            if (x + width > right && x > left) {
                rows++;
                x = left;
            }
            x += width;
        }
        return rows;
    }

    /** Draws the legend from ({@code left}, {@code top}); {@code swatch} draws item i's swatch at (x, centre y). */
    static void draw(Svg svg, List<String> names, double left, double right, double top, SwatchPainter swatch) {
        double x = left;
        double y = top + ROW / 2;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            double width = itemWidth(name);
            if (x + width > right && x > left) {
                x = left;
                y += ROW;
            }
            swatch.paint(i, x, y);
            svg.text(x + SWATCH + 4, y + 4, name, "start", FONT, Svg.TEXT, false);
            x += width;
        }
    }

    /** A coloured square for item i. */
    static SwatchPainter squares(Svg svg, IntFunction<String> colour) {
        return (i, x, y) -> svg.rect(x + 5, y - 6, 12, 12, colour.apply(i), null);
    }

    private static double itemWidth(String name) {
        return SWATCH + 4 + TextWidth.of(name, FONT) + 16;
    }

    @FunctionalInterface
    interface SwatchPainter {
        void paint(int index, double x, double centreY);
    }
}
