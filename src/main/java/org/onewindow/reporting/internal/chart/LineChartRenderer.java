package org.onewindow.reporting.internal.chart;

import java.util.List;

import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.LineChart.Series;

/** Lays out and draws a {@link LineChart}. */
final class LineChartRenderer {

    private static final double PLOT_HEIGHT = 240;
    private static final double LABEL_FONT = 10;
    private static final double VALUE_FONT = 10;
    /** More points than this, or more than one line, and only each line's last value is written: labels would collide. */
    private static final int MAX_POINT_LABELS = 24;

    private final LineChart chart;
    private final ReportTexts texts;

    LineChartRenderer(LineChart chart, ReportTexts texts) {
        this.chart = chart;
        this.texts = texts;
    }

    String render() {
        List<Series> series = chart.series();
        List<String> labels = chart.timeLabels();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int points = 0;
        for (Series line : series) {
            for (int i = 0; i < labels.size(); i++) {
                double value = line.at(i);
                if (!Double.isNaN(value)) {
                    min = Math.min(min, value);
                    max = Math.max(max, value);
                    points++;
                }
            }
        }
        if (points == 0) {
            return Svg.noData(chart.title(), Charts.noData(texts, chart.noDataMessage()));
        }
        ValueFormat format = chart.format();
        if (chart.startAtZero()) {
            min = Math.min(0, min);
            max = Math.max(0, max);
        }
        Ticks ticks = valueTicks(min, max, format);
        boolean labelEveryPoint = series.size() == 1 && points <= MAX_POINT_LABELS;
        boolean legend = series.size() > 1;

        double left = 28 + Axis.labelWidth(ticks, format) + 8;
        double lastValueWidth = series.stream()
                .mapToDouble(line -> TextWidth.of(format.format(lastValue(line)), VALUE_FONT)).max().orElse(0);
        double right = Svg.WIDTH - (labelEveryPoint ? 24 : lastValueWidth + 14);
        List<String> names = series.stream().map(Series::name).toList();
        double legendTop = 32;
        double top = legend ? legendTop + Legend.rows(names, 12, Svg.WIDTH - 12) * Legend.ROW + 14 : 44;
        double bottom = top + PLOT_HEIGHT;
        double height = bottom + 50;

        Svg svg = new Svg(height, chart.title(), description());
        if (legend) {
            Legend.draw(svg, names, 12, Svg.WIDTH - 12, legendTop, (i, x, y) -> {
                svg.line(x, y, x + 22, y, Palette.category(i), 2, Markers.dash(i));
                svg.shape(Markers.path(i, x + 11, y), Palette.category(i), null);
            });
        }
        Scale y = Scale.of(ticks, bottom, top);
        Axis.vertical(svg, ticks, y, left, right, format, chart.valueAxis(), 14);
        // Inset so that the first and last markers are not cut by the axes.
        double inset = 14;
        int n = labels.size();
        double step = n == 1 ? 0 : (right - left - 2 * inset) / (n - 1);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? (left + right) / 2 : left + inset + i * step;
        }
        drawTimeLabels(svg, labels, xs, bottom, n == 1 ? right - left : step);
        svg.text((left + right) / 2, bottom + 40, chart.timeAxis(), "middle", Axis.TITLE_FONT, Svg.TEXT, false);

        for (int s = 0; s < series.size(); s++) {
            drawSeries(svg, series.get(s), s, xs, y, labelEveryPoint, labels);
        }
        return svg.end();
    }

    private void drawTimeLabels(Svg svg, List<String> labels, double[] xs, double bottom, double spacing) {
        double widest = labels.stream().mapToDouble(label -> TextWidth.of(label, LABEL_FONT)).max().orElse(0) + 8;
        // Every k-th label only, when they would overlap (52 weeks in a year).
        int every = Math.max(1, (int) Math.ceil(widest / Math.max(spacing, 1)));
        for (int i = 0; i < labels.size(); i += every) {
            svg.line(xs[i], bottom, xs[i], bottom + 4, Svg.AXIS, 1);
            svg.text(xs[i], bottom + 16, labels.get(i), "middle", LABEL_FONT, Svg.MUTED, false);
        }
    }

    private void drawSeries(Svg svg, Series line, int index, double[] xs, Scale y, boolean labelEveryPoint,
            List<String> labels) {
        String colour = Palette.category(index);
        ValueFormat format = chart.format();
        svg.group("ow-series", line.name());
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < xs.length; i++) {
            double value = line.at(i);
            if (Double.isNaN(value)) {
                drawing = false;
                continue;
            }
            path.append(drawing ? "L" : "M").append(Svg.num(xs[i])).append(' ').append(Svg.num(y.map(value)));
            drawing = true;
        }
        if (path.indexOf("L") >= 0) {
            svg.path(path.toString(), colour, 2, Markers.dash(index));
        }
        int last = -1;
        for (int i = 0; i < xs.length; i++) {
            double value = line.at(i);
            if (Double.isNaN(value)) {
                continue;
            }
            last = i;
            double py = y.map(value);
            svg.shape(Markers.path(index, xs[i], py), colour,
                    texts.t("reporting.chart.line.point", line.name(), labels.get(i), format.format(value)));
            if (labelEveryPoint) {
                svg.text(xs[i], py - 8, format.format(value), "middle", VALUE_FONT, Palette.textColour(colour), false);
            }
        }
        if (!labelEveryPoint && last >= 0) {
            svg.text(xs[last] + 8, y.map(line.at(last)) + 3.5, format.format(line.at(last)), "start", VALUE_FONT,
                    Palette.textColour(colour), true);
        }
        svg.endGroup();
    }

    private Ticks valueTicks(double min, double max, ValueFormat format) {
        LineChart.PossibleValues possible = chart.possible();
        if (possible == null) {
            return Ticks.covering(min, max, 5, format.resolution());
        }
        if (!(max > min)) {
            // A flat line has nothing to zoom in on: the whole possible range says "steady at 100%" best.
            min = possible.lowest();
            max = possible.highest();
        }
        return Ticks.covering(min, max, 5, format.resolution()).within(possible.lowest(), possible.highest());
    }

    private static double lastValue(Series line) {
        for (int i = line.values().size() - 1; i >= 0; i--) {
            if (!Double.isNaN(line.at(i))) {
                return line.at(i);
            }
        }
        return Double.NaN;
    }

    private String description() {
        List<String> labels = chart.timeLabels();
        StringBuilder description = new StringBuilder(texts.t("reporting.chart.line.description", chart.valueAxis(),
                chart.timeAxis(), labels.get(0), labels.get(labels.size() - 1)));
        ValueFormat format = chart.format();
        for (Series line : chart.series()) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < labels.size(); i++) {
                if (!Double.isNaN(line.at(i))) {
                    min = Math.min(min, line.at(i));
                    max = Math.max(max, line.at(i));
                }
            }
            if (min <= max) {
                description.append(' ').append(texts.t("reporting.chart.line.series", line.name(), format.format(min),
                        format.format(max), format.format(lastValue(line))));
            }
        }
        return description.toString().trim();
    }
}
