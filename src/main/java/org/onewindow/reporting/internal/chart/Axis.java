package org.onewindow.reporting.internal.chart;

/** Grid lines, tick labels and titles of numeric axes. */
final class Axis {

    static final double TICK_FONT = 10;
    static final double TITLE_FONT = 11;

    private Axis() {
    }

    /** A horizontal value axis: vertical grid lines from {@code top} to {@code bottom}, labels and title below. */
    static void horizontal(Svg svg, Ticks ticks, Scale scale, double top, double bottom, ValueFormat valueFormat,
            String title) {
        ValueFormat format = valueFormat.forTicks(ticks.step());
        for (double tick : ticks.values()) {
            double x = scale.map(tick);
            svg.line(x, top, x, bottom, tick == 0 ? Svg.AXIS : Svg.GRID, 1);
            svg.text(x, bottom + 14, format.format(tick), "middle", TICK_FONT, Svg.MUTED, false);
        }
        svg.line(scale.rangeLow(), bottom, scale.rangeHigh(), bottom, Svg.AXIS, 1);
        svg.text((scale.rangeLow() + scale.rangeHigh()) / 2, bottom + 32, title, "middle", TITLE_FONT, Svg.TEXT, false);
    }

    /**
     * A vertical value axis: horizontal grid lines from {@code left} to {@code right}, labels to the left and the
     * title turned along the axis at {@code titleX}.
     */
    static void vertical(Svg svg, Ticks ticks, Scale scale, double left, double right, ValueFormat valueFormat,
            String title,
            double titleX) {
        ValueFormat format = valueFormat.forTicks(ticks.step());
        for (double tick : ticks.values()) {
            double y = scale.map(tick);
            svg.line(left, y, right, y, tick == 0 ? Svg.AXIS : Svg.GRID, 1);
            svg.text(left - 6, y + 3.5, format.format(tick), "end", TICK_FONT, Svg.MUTED, false);
        }
        svg.line(left, scale.rangeLow(), left, scale.rangeHigh(), Svg.AXIS, 1);
        svg.verticalText(titleX, (scale.rangeLow() + scale.rangeHigh()) / 2, title, TITLE_FONT, Svg.TEXT);
    }

    /** The width of the widest tick label, to leave room for it. */
    static double labelWidth(Ticks ticks, ValueFormat format) {
        ValueFormat tickFormat = format.forTicks(ticks.step());
        return ticks.values().stream().mapToDouble(tick -> TextWidth.of(tickFormat.format(tick), TICK_FONT)).max()
                .orElse(0);
    }
}
