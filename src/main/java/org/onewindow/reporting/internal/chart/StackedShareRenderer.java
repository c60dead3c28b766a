package org.onewindow.reporting.internal.chart;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.StackedShareChart.Group;

/** Lays out and draws a {@link StackedShareChart}. */
final class StackedShareRenderer {

    private static final double BAND = 32;
    private static final double BAR = 22;
    private static final double LABEL_FONT = 11;
    private static final double SHARE_FONT = 10;
    private static final ValueFormat PERCENT = ValueFormat.percent(0);

    private final StackedShareChart chart;
    private final ReportTexts texts;

    StackedShareRenderer(StackedShareChart chart, ReportTexts texts) {
        this.chart = chart;
        this.texts = texts;
    }

    String render() {
        List<Group> groups = chart.groups();
        if (groups.stream().allMatch(group -> group.total() == 0)) {
            return Svg.noData(chart.title(), Charts.noData(texts, chart.noDataMessage()));
        }
        List<String> colours = Palette.ordered(chart.levels().size());
        double labelColumn = Math.min(Svg.WIDTH * 0.3,
                groups.stream().mapToDouble(group -> TextWidth.of(group.name(), LABEL_FONT)).max().orElse(0) + 12);
        double countColumn = groups.stream().mapToDouble(group -> TextWidth.of(count(group), SHARE_FONT)).max()
                .orElse(0) + 12;
        double left = 12 + labelColumn;
        double right = Svg.WIDTH - countColumn - 8;
        double legendTop = 32;
        double top = legendTop + Legend.rows(chart.levels(), 12, Svg.WIDTH - 12) * Legend.ROW + 26;
        double bottom = top + groups.size() * BAND;
        double height = bottom + 44;

        Svg svg = new Svg(height, chart.title(), description());
        Legend.draw(svg, chart.levels(), 12, Svg.WIDTH - 12, legendTop, Legend.squares(svg, colours::get));
        svg.text(12, top - 8, chart.groupAxis(), "start", Axis.TITLE_FONT, Svg.TEXT, true);
        Ticks ticks = new Ticks(0, 1, 0.2);
        Scale x = Scale.of(ticks, left, right);
        Axis.horizontal(svg, ticks, x, top, bottom, PERCENT, chart.shareAxis());

        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double centre = top + g * BAND + BAND / 2;
            svg.group("ow-stack", texts.t("reporting.chart.stacked.group", group.name(), count(group)));
            svg.text(left - 8, centre + 4, TextWidth.fit(group.name(), labelColumn - 12, LABEL_FONT), "end", LABEL_FONT,
                    Svg.TEXT, false);
            svg.text(right + 8, centre + 4, count(group), "start", SHARE_FONT, Svg.MUTED, false);
            long total = group.total();
            if (total == 0) {
                // "n = 0" beside an empty outline says it in every language.
                svg.outline(left, centre - BAR / 2, right - left, BAR, Svg.AXIS);
                svg.endGroup();
                continue;
            }
            long before = 0;
            for (int level = 0; level < chart.levels().size(); level++) {
                long n = group.counts().get(level);
                if (n == 0) {
                    continue;
                }
                // Segment ends from cumulative counts, so the segments meet exactly and always end at 100%.
                double start = x.map((double) before / total);
                before += n;
                double end = x.map((double) before / total);
                String colour = colours.get(level);
                double share = (double) n / total;
                svg.rect(start, centre - BAR / 2, end - start, BAR, colour, texts.t("reporting.chart.stacked.segment",
                        group.name(), chart.levels().get(level), ValueFormat.count().format(n),
                        ValueFormat.percent(1).format(share)));
                String label = PERCENT.format(share);
                if (TextWidth.of(label, SHARE_FONT) + 6 <= end - start) {
                    svg.text((start + end) / 2, centre + 3.5, label, "middle", SHARE_FONT, Palette.textOn(colour),
                            false);
                }
            }
            // The palette's pale middle level needs an edge against the white page.
            svg.outline(left, centre - BAR / 2, right - left, BAR, Svg.AXIS);
            svg.endGroup();
        }
        return svg.end();
    }

    private static String count(Group group) {
        return "n = " + ValueFormat.count().format(group.total());
    }

    private String description() {
        StringBuilder description = new StringBuilder(texts.t("reporting.chart.stacked.description", chart.shareAxis(),
                chart.groupAxis()));
        for (Group group : chart.groups()) {
            long total = group.total();
            List<String> shares = new ArrayList<>();
            for (int level = 0; level < chart.levels().size() && total > 0; level++) {
                shares.add(
                        chart.levels().get(level) + " " + PERCENT.format((double) group.counts().get(level) / total));
            }
            description.append(' ').append(shares.isEmpty()
                    ? texts.t("reporting.chart.stacked.empty", group.name(), count(group))
                    : texts.t("reporting.chart.stacked.levels", group.name(), count(group),
                            Charts.phrases(texts, shares)));
        }
        return description.toString();
    }
}
