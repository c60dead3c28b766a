package org.onewindow.reporting.internal.chart;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.reporting.internal.ReportTexts;

/** Lays out and draws a {@link HeatMap}. */
final class HeatMapRenderer {

    private static final double TOP = 44;
    private static final double LABEL_FONT = 10;
    private static final double CELL_FONT = 9;
    private static final double MAX_CELL_HEIGHT = 24;
    private static final String NO_VALUE = "#eeeeee";
    private static final double LEGEND_WIDTH = 220;

    private final HeatMap map;
    private final ReportTexts texts;

    HeatMapRenderer(HeatMap map, ReportTexts texts) {
        this.map = map;
        this.texts = texts;
    }

    String render() {
        int rows = map.rowLabels().size();
        int columns = map.columnLabels().size();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double value = map.value(row, column);
                if (Double.isFinite(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                }
            }
        }
        if (rows == 0 || columns == 0 || !(max > 0)) {
            return Svg.noData(map.title(), Charts.noData(texts, map.noDataMessage()));
        }
        // The scale starts at zero (no arrivals is the palest colour) unless the data goes below it.
        double low = Math.min(0, min);
        ValueFormat format = map.format();

        double rowLabelWidth = map.rowLabels().stream().mapToDouble(label -> TextWidth.of(label, LABEL_FONT)).max()
                .orElse(0);
        double left = 28 + Math.min(rowLabelWidth, Svg.WIDTH * 0.25) + 8;
        double right = Svg.WIDTH - 12;
        double cellWidth = (right - left) / columns;
        double cellHeight = Math.min(MAX_CELL_HEIGHT, Math.max(12, cellWidth));
        double bottom = TOP + rows * cellHeight;
        double height = bottom + 104;
        boolean valuesFit = fits(rows, columns, cellWidth, cellHeight);

        Svg svg = new Svg(height, map.title(), description(min, max));
        svg.verticalText(14, (TOP + bottom) / 2, map.rowAxis(), Axis.TITLE_FONT, Svg.TEXT);
        for (int row = 0; row < rows; row++) {
            double y = TOP + row * cellHeight;
            svg.text(left - 6, y + cellHeight / 2 + 3.5,
                    TextWidth.fit(map.rowLabels().get(row), Svg.WIDTH * 0.25, LABEL_FONT),
                    "end", LABEL_FONT, Svg.TEXT, false);
            for (int column = 0; column < columns; column++) {
                double value = map.value(row, column);
                double x = left + column * cellWidth;
                String colour = Double.isFinite(value) ? Palette.sequential((value - low) / (max - low)) : NO_VALUE;
                String where = map.rowLabels().get(row) + " " + map.columnLabels().get(column);
                svg.rect(x + 0.5, y + 0.5, cellWidth - 1, cellHeight - 1, colour,
                        texts.t("reporting.chart.value", where, format.format(value)));
                // Zero cells stay blank: a grid of zeros hides the hours that matter (the tooltip still says 0).
                if (valuesFit && Double.isFinite(value) && value != 0) {
                    svg.text(x + cellWidth / 2, y + cellHeight / 2 + 3, format.format(value), "middle", CELL_FONT,
                            Palette.textOn(colour), false);
                }
            }
        }
        // Column labels: all if they fit, else every k-th.
        double widest = map.columnLabels().stream().mapToDouble(label -> TextWidth.of(label, LABEL_FONT)).max()
                .orElse(0) + 4;
        int every = Math.max(1, (int) Math.ceil(widest / cellWidth));
        for (int column = 0; column < columns; column += every) {
            svg.text(left + column * cellWidth + cellWidth / 2, bottom + 14, map.columnLabels().get(column), "middle",
                    LABEL_FONT,
                    Svg.MUTED, false);
        }
        svg.text((left + right) / 2, bottom + 32, map.columnAxis(), "middle", Axis.TITLE_FONT, Svg.TEXT, false);
        legend(svg, left, bottom + 50, low, max, hasMissing(rows, columns));
        return svg.end();
    }

    /** A gradient bar from the lowest to the highest value, with ticks, and what the colour means. */
    private void legend(Svg svg, double x, double y, double low, double max, boolean missingSwatch) {
        String gradient = svg.id("scale");
        StringBuilder stops = new StringBuilder(
                "<defs><linearGradient id=\"" + gradient + "\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\">");
        for (int i = 0; i < Palette.SEQUENTIAL.size(); i++) {
            stops.append("<stop offset=\"").append(Svg.num(100.0 * i / (Palette.SEQUENTIAL.size() - 1)))
                    .append("%\" stop-color=\"")
                    .append(Palette.SEQUENTIAL.get(i)).append("\"/>");
        }
        svg.raw(stops.append("</linearGradient></defs>").toString());
        svg.text(x, y + 4, map.valueLegend(), "start", Axis.TITLE_FONT, Svg.TEXT, false);
        double barY = y + 12;
        svg.rect(x, barY, LEGEND_WIDTH, 12, "url(#" + gradient + ")", null);
        svg.outline(x, barY, LEGEND_WIDTH, 12, Svg.AXIS);
        Ticks ticks = Ticks.covering(low, max, 4, map.format().resolution());
        ValueFormat tickFormat = map.format().forTicks(ticks.step());
        Scale scale = new Scale(low, max, x, x + LEGEND_WIDTH);
        for (double tick : ticks.values()) {
            if (tick >= low && tick <= max) {
                double tx = scale.map(tick);
                svg.line(tx, barY + 12, tx, barY + 16, Svg.AXIS, 1);
                svg.text(tx, barY + 27, tickFormat.format(tick), "middle", LABEL_FONT, Svg.MUTED, false);
            }
        }
        if (missingSwatch) {
            svg.rect(x + LEGEND_WIDTH + 24, barY, 12, 12, NO_VALUE, null);
            svg.text(x + LEGEND_WIDTH + 40, barY + 10, map.format().format(Double.NaN), "start", LABEL_FONT, Svg.MUTED,
                    false);
        }
    }

    private boolean hasMissing(int rows, int columns) {
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (!Double.isFinite(map.value(row, column))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean fits(int rows, int columns, double cellWidth, double cellHeight) {
        if (cellHeight < CELL_FONT + 4) {
            return false;
        }
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (TextWidth.of(map.format().format(map.value(row, column)), CELL_FONT) > cellWidth - 3) {
                    return false;
                }
            }
        }
        return true;
    }

    private String description(double min, double max) {
        ValueFormat format = map.format();
        List<String> highest = new ArrayList<>();
        for (int row = 0; row < map.rowLabels().size() && highest.size() < 5; row++) {
            for (int column = 0; column < map.columnLabels().size() && highest.size() < 5; column++) {
                if (map.value(row, column) == max) {
                    highest.add(map.rowLabels().get(row) + " " + map.columnLabels().get(column));
                }
            }
        }
        return texts.t("reporting.chart.heatMap.description", map.valueLegend(), map.rowAxis(), map.columnAxis(),
                format.format(min), format.format(max), Charts.phrases(texts, highest));
    }
}
