package org.onewindow.reporting.internal.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.QuadrantChart.Point;

/** Lays out and draws a {@link QuadrantChart}. */
final class QuadrantRenderer {

    private static final double TOP = 44;
    private static final double PLOT_HEIGHT = 340;
    private static final double LABEL_FONT = 11;
    private static final double CORNER_FONT = 11;
    private static final double LINE = 13;

    private final QuadrantChart chart;
    private final ReportTexts texts;

    QuadrantRenderer(QuadrantChart chart, ReportTexts texts) {
        this.chart = chart;
        this.texts = texts;
    }

    String render() {
        List<Point> points = chart.points();
        if (points.isEmpty()) {
            return Svg.noData(chart.title(), Charts.noData(texts, chart.noDataMessage()));
        }
        Ticks xTicks = ticks(points.stream().mapToDouble(Point::x).toArray(), chart.xCross(), chart.xFormat());
        Ticks yTicks = ticks(points.stream().mapToDouble(Point::y).toArray(), chart.yCross(), chart.yFormat());
        double left = 28 + Axis.labelWidth(yTicks, chart.yFormat()) + 8;
        double right = Svg.WIDTH - 20;
        double bottom = TOP + PLOT_HEIGHT;
        Scale x = Scale.of(xTicks, left, right);
        Scale y = Scale.of(yTicks, bottom, TOP);

        Svg svg = new Svg(bottom + 50, chart.title(), description());
        Axis.horizontal(svg, xTicks, x, TOP, bottom, chart.xFormat(), chart.xAxis());
        Axis.vertical(svg, yTicks, y, left, right, chart.yFormat(), chart.yAxis(), 14);
        svg.outline(left, TOP, right - left, bottom - TOP, Svg.AXIS);
        double crossX = x.map(chart.xCross());
        double crossY = y.map(chart.yCross());
        svg.line(crossX, TOP, crossX, bottom, Svg.MUTED, 1.2, "5 4");
        svg.line(left, crossY, right, crossY, Svg.MUTED, 1.2, "5 4");
        corners(svg, left, right, bottom);

        List<double[]> taken = new ArrayList<>();
        List<Point> byHeight = new ArrayList<>(points);
        byHeight.sort(Comparator.comparingDouble(Point::y).reversed());
        for (Point point : byHeight) {
            double px = x.map(point.x());
            double py = y.map(point.y());
            svg.group("ow-point", texts.t("reporting.chart.quadrant.point", point.label(), chart.xAxis(),
                    chart.xFormat().format(point.x()), chart.yAxis(), chart.yFormat().format(point.y())));
            svg.raw("<circle cx=\"" + Svg.num(px) + "\" cy=\"" + Svg.num(py) + "\" r=\"5.5\" fill=\"" + Palette.BAR
                    + "\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            label(svg, point.label(), px, py, right, taken);
            svg.endGroup();
        }
        return svg.end();
    }

    /** Writes a point's label to its right (left near the edge), moved down past labels already written. */
    private static void label(Svg svg, String text, double px, double py, double right, List<double[]> taken) {
        double width = TextWidth.of(text, LABEL_FONT);
        boolean toTheLeft = px + 8 + width > right;
        double x0 = toTheLeft ? px - 8 - width : px + 8;
        double baseline = py + 4;
        for (int tries = 0; tries < 6 && overlaps(taken, x0, baseline, width); tries++) {
            baseline += LINE;
        }
        taken.add(new double[] { x0, baseline - LINE + 3, x0 + width, baseline + 3 });
        svg.text(toTheLeft ? px - 8 : px + 8, baseline, text, toTheLeft ? "end" : "start", LABEL_FONT, Svg.TEXT, false);
    }

    private static boolean overlaps(List<double[]> taken, double x0, double baseline, double width) {
        double top = baseline - LINE + 3;
        double bottom = baseline + 3;
        return taken.stream().anyMatch(box -> x0 < box[2] && x0 + width > box[0] && top < box[3] && bottom > box[1]);
    }

    private void corners(Svg svg, double left, double right, double bottom) {
        QuadrantChart.Corners corners = chart.corners();
        double half = (right - left) / 2 - 12;
        svg.text(right - 6, TOP + 16, TextWidth.fit(corners.topRight(), half, CORNER_FONT), "end", CORNER_FONT,
                Svg.MUTED, true);
        svg.text(left + 6, TOP + 16, TextWidth.fit(corners.topLeft(), half, CORNER_FONT), "start", CORNER_FONT,
                Svg.MUTED, true);
        svg.text(left + 6, bottom - 8, TextWidth.fit(corners.bottomLeft(), half, CORNER_FONT), "start", CORNER_FONT,
                Svg.MUTED, true);
        svg.text(right - 6, bottom - 8, TextWidth.fit(corners.bottomRight(), half, CORNER_FONT), "end", CORNER_FONT,
                Svg.MUTED, true);
    }

    /** Ticks over the values and the cross-hair, with a margin so that no point sits on the frame. */
    private static Ticks ticks(double[] values, double cross, ValueFormat format) {
        double min = cross;
        double max = cross;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double margin = max > min ? (max - min) * 0.12 : Math.max(Math.abs(max) * 0.1, format.resolution() * 5);
        return Ticks.covering(min - margin, max + margin, 5, format.resolution());
    }

    private String description() {
        StringBuilder description = new StringBuilder(texts.t("reporting.chart.quadrant.description", chart.yAxis(),
                chart.xAxis(), chart.xFormat().format(chart.xCross()), chart.yFormat().format(chart.yCross())));
        for (Point point : chart.points()) {
            description.append(' ').append(texts.t("reporting.chart.quadrant.placed", point.label(),
                    chart.xFormat().format(point.x()), chart.yFormat().format(point.y()), quadrant(point)));
        }
        return description.toString();
    }

    private String quadrant(Point point) {
        boolean high = point.y() >= chart.yCross();
        boolean rightSide = point.x() >= chart.xCross();
        QuadrantChart.Corners corners = chart.corners();
        return high ? (rightSide ? corners.topRight() : corners.topLeft())
                : (rightSide ? corners.bottomRight() : corners.bottomLeft());
    }
}
