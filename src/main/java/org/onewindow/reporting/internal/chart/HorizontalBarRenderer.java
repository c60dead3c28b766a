package org.onewindow.reporting.internal.chart;

import java.util.List;

import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HorizontalBarChart.Bar;

/** Lays out and draws a {@link HorizontalBarChart}. */
final class HorizontalBarRenderer {

    private static final double TOP = 48;
    private static final double BAND = 26;
    private static final double BAR = 16;
    private static final double BOTTOM = 44;
    private static final double LABEL_FONT = 11;
    private static final double VALUE_FONT = 10.5;

    private final HorizontalBarChart chart;
    private final ReportTexts texts;

    HorizontalBarRenderer(HorizontalBarChart chart, ReportTexts texts) {
        this.chart = chart;
        this.texts = texts;
    }

    String render() {
        List<Bar> bars = chart.bars();
        if (bars.isEmpty()) {
            return Svg.noData(chart.title(), Charts.noData(texts, chart.noDataMessage()));
        }
        ValueFormat format = chart.format();
        double min = 0;
        double max = 0;
        for (Bar bar : bars) {
            min = Math.min(min, bar.hasInterval() ? Math.min(bar.value(), bar.low()) : bar.value());
            max = Math.max(max, bar.hasInterval() ? Math.max(bar.value(), bar.high()) : bar.value());
        }
        Ticks ticks = Ticks.covering(min, max, 5, format.resolution());

        double labelColumn = Math.min(Svg.WIDTH * 0.38,
                bars.stream().mapToDouble(bar -> TextWidth.of(bar.label(), LABEL_FONT)).max().orElse(0) + 12);
        double valueColumn = bars.stream().mapToDouble(bar -> TextWidth.of(format.format(bar.value()), VALUE_FONT))
                .max().orElse(0) + 10;
        double left = 12 + labelColumn;
        double right = Svg.WIDTH - Math.max(16, valueColumn);
        double plotBottom = TOP + bars.size() * BAND;
        double height = plotBottom + BOTTOM;
        Scale x = Scale.of(ticks, left, right);

        Svg svg = new Svg(height, chart.title(), description());
        svg.text(12, TOP - 8, chart.categoryAxis(), "start", Axis.TITLE_FONT, Svg.TEXT, true);
        Axis.horizontal(svg, ticks, x, TOP, plotBottom, format, chart.valueAxis());
        double zero = x.map(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double centre = TOP + i * BAND + BAND / 2;
            double end = x.map(bar.value());
            svg.group("ow-bar", tooltip(bar));
            svg.text(left - 8, centre + 4, TextWidth.fit(bar.label(), labelColumn - 12, LABEL_FONT), "end", LABEL_FONT,
                    Svg.TEXT, false);
            svg.rect(Math.min(zero, end), centre - BAR / 2, Math.abs(end - zero), BAR, Palette.BAR, null);
            double labelAt = end;
            if (bar.hasInterval()) {
                double low = x.map(bar.low());
                double high = x.map(bar.high());
                svg.line(low, centre, high, centre, Palette.INTERVAL, 1.5);
                svg.line(low, centre - 5, low, centre + 5, Palette.INTERVAL, 1.5);
                svg.line(high, centre - 5, high, centre + 5, Palette.INTERVAL, 1.5);
                labelAt = bar.value() >= 0 ? Math.max(end, high) : Math.min(end, low);
            }
            boolean negative = bar.value() < 0;
            svg.text(labelAt + (negative ? -4 : 4), centre + 4, format.format(bar.value()), negative ? "end" : "start",
                    VALUE_FONT, Svg.TEXT, false);
            svg.endGroup();
        }
        return svg.end();
    }

    private String tooltip(Bar bar) {
        ValueFormat format = chart.format();
        return bar.hasInterval()
                ? texts.t("reporting.chart.bar.interval", bar.label(), format.format(bar.value()),
                        format.format(bar.low()),
                        format.format(bar.high()))
                : texts.t("reporting.chart.value", bar.label(), format.format(bar.value()));
    }

    private String description() {
        List<Bar> bars = chart.bars();
        List<String> listed = bars.stream().limit(Charts.LISTED).map(this::tooltip).toList();
        return texts.t("reporting.chart.bar.description", chart.valueAxis(), chart.categoryAxis(),
                bars.size(), Charts.list(texts, listed, bars.size()));
    }
}
