package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.chart.LineChart.Series;
import org.w3c.dom.Element;

class LineChartTest {

    private static final List<String> MONTHS = List.of("2026-01", "2026-02", "2026-03", "2026-04");

    @Test
    void drawsEachSeriesWithALegendAndItsPoints() {
        LineChart chart = new LineChart("Cases per month", "Month", "Cases (count)", ValueFormat.count(), MONTHS,
                List.of(new Series("Window", List.of(10.0, 20.0, 15.0, 30.0)),
                        new Series("Online & app", List.of(5.0, 8.0, 12.0, 20.0))),
                true);

        SvgDocument svg = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).assertAccessible("Cases per month");

        assertThat(svg.texts()).contains("Window", "Online & app", "Month", "Cases (count)", "2026-01", "2026-04");
        assertThat(svg.inGroups("ow-series", "path")).hasSize(2 + 8); // a line and four markers per series
        assertThat(svg.groups("ow-series")).extracting(SvgDocument::tooltip).containsExactly("Window", "Online & app");
        // With two lines, only the latest values are written, so that labels do not collide.
        assertThat(svg.texts()).contains("30", "20").doesNotContain("15");
        assertThat(svg.description()).contains("Window: lowest 10, highest 30, latest 30");
    }

    @Test
    void higherValuesAreDrawnHigherOnTheSameScale() {
        LineChart chart = new LineChart("Rate", "Week", "Good-review rate (%)", ValueFormat.percent(0), MONTHS,
                List.of(new Series("All", List.of(0.2, 0.4, 0.6, 0.8))), true);
        List<Element> markers = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).inGroups("ow-series", "path").subList(1,
                5);
        double[] ys = markers.stream().mapToDouble(marker -> markerY(marker)).toArray();
        // Equal steps in value are equal steps on the page, and up is more.
        assertThat(ys[0] - ys[1]).isPositive().isCloseTo(ys[1] - ys[2], within(0.3)).isCloseTo(ys[2] - ys[3],
                within(0.3));
    }

    @Test
    void aMissingValueLeavesAGap() {
        LineChart chart = new LineChart("Cases", "Month", "Cases (count)", ValueFormat.count(), MONTHS,
                List.of(new Series("Window", Arrays.asList(10.0, 12.0, null, 14.0))), true);
        SvgDocument svg = SvgDocument.parse(chart.toSvg(Locale.ENGLISH));
        Element line = svg.inGroups("ow-series", "path").get(0);
        assertThat(line.getAttribute("d").chars().filter(c -> c == 'M').count()).isEqualTo(2);
        assertThat(svg.inGroups("ow-series", "path")).hasSize(1 + 3);
    }

    @Test
    void drawsASinglePointAsAMarkerWithItsValue() {
        LineChart chart = new LineChart("Cases", "Month", "Cases (count)", ValueFormat.count(), List.of("2026-05"),
                List.of(new Series("Window", List.of(7.0))), true);
        SvgDocument svg = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).assertAccessible("Cases");
        List<Element> paths = svg.inGroups("ow-series", "path");
        assertThat(paths).hasSize(1);
        assertThat(SvgDocument.tooltip(paths.get(0))).isEqualTo("Window, 2026-05: 7");
        assertThat(svg.texts()).contains("7", "2026-05");
    }

    @Test
    void drawsASteadyRateOnTheRatesItCanTakeNotBeyondThem() {
        LineChart chart = new LineChart("On time", "Month", "Closed on time (%)", ValueFormat.percent(0), MONTHS,
                List.of(new Series("On time", List.of(1.0, 1.0, 1.0, 1.0))), false).withPossibleValues(0, 1);
        List<String> ticks = tickLabels(SvgDocument.parse(chart.toSvg(Locale.ENGLISH)));
        assertThat(ticks).first().isEqualTo("0%");
        assertThat(ticks).last().isEqualTo("100%");
        assertThat(ticks).doesNotContain("110%", "90%");
    }

    @Test
    void keepsARatingAxisWithinOneToFive() {
        LineChart steady = new LineChart("Rating", "Month", "Mean rating", ValueFormat.decimal(2, ""), MONTHS,
                List.of(new Series("Overall", List.of(1.0, 1.0, 1.0, 1.0))), false).withPossibleValues(1, 5);
        assertThat(tickLabels(SvgDocument.parse(steady.toSvg(Locale.ENGLISH)))).first().isEqualTo("1");
        assertThat(tickLabels(SvgDocument.parse(steady.toSvg(Locale.ENGLISH)))).last().isEqualTo("5");

        LineChart nearTheTop = new LineChart("Rating", "Month", "Mean rating", ValueFormat.decimal(2, ""), MONTHS,
                List.of(new Series("Overall", List.of(4.6, 4.97, 5.0, 4.8))), false).withPossibleValues(1, 5);
        List<String> ticks = tickLabels(SvgDocument.parse(nearTheTop.toSvg(Locale.ENGLISH)));
        // Zoomed in on the data (no axis from 1), but never past five stars.
        assertThat(ticks).last().isEqualTo("5.0");
        assertThat(Double.parseDouble(ticks.get(0))).isGreaterThan(4).isLessThanOrEqualTo(4.6);
    }

    /** The value axis's tick labels, bottom to top: the texts drawn right-aligned left of the plot. */
    private static List<String> tickLabels(SvgDocument svg) {
        return svg.elements("text").stream().filter(text -> "end".equals(text.getAttribute("text-anchor")))
                .map(Element::getTextContent).toList();
    }

    @Test
    void saysSoWhenThereIsNoData() {
        for (LineChart empty : List.of(
                new LineChart("Trend", "Week", "Cases", ValueFormat.count(), List.of(), List.of(), true),
                new LineChart("Trend", "Week", "Cases", ValueFormat.count(), MONTHS, List.of(), true),
                new LineChart("Trend", "Week", "Cases", ValueFormat.count(), MONTHS,
                        List.of(new Series("Window", Arrays.asList(null, null, Double.NaN, null))), true))) {
            SvgDocument svg = SvgDocument.parse(empty.toSvg(Locale.ENGLISH)).assertAccessible("Trend");
            assertThat(svg.texts()).contains("No data for this selection");
            assertThat(svg.elements("path")).isEmpty();
        }
    }

    @Test
    void thinsOutTimeLabelsThatWouldOverlap() {
        List<String> weeks = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int week = 1; week <= 52; week++) {
            weeks.add("2026-W" + (week < 10 ? "0" : "") + week);
            values.add((double) week % 7);
        }
        SvgDocument svg = SvgDocument
                .parse(new LineChart("Weekly", "ISO week", "Cases (count)", ValueFormat.count(), weeks,
                        List.of(new Series("All", values)), true).toSvg(Locale.ENGLISH));
        long shown = svg.texts().stream().filter(text -> text.startsWith("2026-W")).count();
        assertThat(shown).isBetween(5L, 20L);
        assertThat(svg.texts()).contains("2026-W01");
        // 52 points are too many to label: only the last value is written.
        assertThat(svg.texts()).filteredOn(text -> text.equals("3")).hasSize(1);
    }

    @Test
    void refusesSeriesThatDoNotMatchTheTimeLabels() {
        assertThatThrownBy(() -> new LineChart("T", "x", "y", ValueFormat.count(), MONTHS,
                List.of(new Series("Short", List.of(1.0))), true)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The centre of a marker path: the y of its first point, adjusted per shape, is enough to compare heights. */
    private static double markerY(Element marker) {
        String d = marker.getAttribute("d");
        String[] first = d.substring(1).split("[a-zA-Z]")[0].trim().split(" ");
        return Double.parseDouble(first[1]);
    }
}
