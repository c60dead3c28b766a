package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.chart.HorizontalBarChart.Bar;
import org.onewindow.reporting.internal.stats.WilsonInterval;
import org.w3c.dom.Element;

class HorizontalBarChartTest {

    @Test
    void drawsTitledLabelledBarsAndEscapesTheirNames() {
        HorizontalBarChart chart = new HorizontalBarChart("Cases closed by department", "Department",
                "Cases closed (count)",
                ValueFormat.count(),
                List.of(Bar.of("A & B <x>", 120), Bar.of("公安局出入境管理处", 45), Bar.of("Tax \"office\"", 0)));

        SvgDocument svg = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).assertAccessible("Cases closed by department");

        assertThat(svg.svg).contains("A &amp; B &lt;x&gt;").doesNotContain("<x>");
        assertThat(svg.texts()).contains("A & B <x>", "公安局出入境管理处", "Tax \"office\"", "Department",
                "Cases closed (count)",
                "120", "45", "0");
        assertThat(svg.description()).contains("A & B <x>: 120", "公安局出入境管理处: 45");
        assertThat(svg.groups("ow-bar")).hasSize(3);
    }

    @Test
    void barLengthsAreProportionalToTheirValues() {
        HorizontalBarChart chart = new HorizontalBarChart("Open cases", "Department", "Open cases (count)",
                ValueFormat.count(),
                List.of(Bar.of("A", 10), Bar.of("B", 20), Bar.of("C", 40), Bar.of("D", 5)));

        List<Element> bars = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).inGroups("ow-bar", "rect");
        double[] widths = bars.stream().mapToDouble(bar -> SvgDocument.number(bar, "width")).toArray();
        assertThat(widths[1] / widths[0]).isCloseTo(2, within(0.02));
        assertThat(widths[2] / widths[0]).isCloseTo(4, within(0.02));
        assertThat(widths[3] / widths[0]).isCloseTo(0.5, within(0.02));
        // All start at the same zero line.
        assertThat(bars).extracting(bar -> bar.getAttribute("x")).containsOnly(bars.get(0).getAttribute("x"));
    }

    @Test
    void drawsWilsonIntervalsAsErrorBarsAroundTheBarEnds() {
        WilsonInterval.Interval small = WilsonInterval.of(3, 4);
        WilsonInterval.Interval large = WilsonInterval.of(150, 200);
        HorizontalBarChart chart = new HorizontalBarChart("Good-review rate", "Department", "Good-review rate (%)",
                ValueFormat.percent(1), List.of(Bar.withInterval("Small", 0.75, small.low(), small.high()),
                        Bar.withInterval("Large", 0.75, large.low(), large.high())));

        SvgDocument svg = SvgDocument.parse(chart.toSvg(Locale.ENGLISH));
        List<Element> rects = svg.inGroups("ow-bar", "rect");
        List<Element> lines = svg.inGroups("ow-bar", "line");
        assertThat(lines).hasSize(6); // a whisker and two caps per bar
        double zero = SvgDocument.number(rects.get(0), "x");
        double end = zero + SvgDocument.number(rects.get(0), "width");
        double pixelsPerUnit = (end - zero) / 0.75;
        Element smallWhisker = lines.get(0);
        assertThat(SvgDocument.number(smallWhisker, "x1")).isCloseTo(zero + small.low() * pixelsPerUnit, within(0.2));
        assertThat(SvgDocument.number(smallWhisker, "x2")).isCloseTo(zero + small.high() * pixelsPerUnit, within(0.2));
        double largeSpan = SvgDocument.number(lines.get(3), "x2") - SvgDocument.number(lines.get(3), "x1");
        assertThat(largeSpan)
                .isLessThan((SvgDocument.number(smallWhisker, "x2") - SvgDocument.number(smallWhisker, "x1")) / 3);
        assertThat(svg.texts()).contains("75.0%");
        assertThat(SvgDocument.tooltip(svg.groups("ow-bar").get(0))).isEqualTo("Small: 75.0% (30.1% to 95.4%)");
    }

    @Test
    void saysSoWhenThereIsNothingToDraw() {
        SvgDocument empty = SvgDocument
                .parse(new HorizontalBarChart("Rankings", "Department", "Rate", ValueFormat.percent(0), List.of())
                        .toSvg(Locale.ENGLISH))
                .assertAccessible("Rankings");
        assertThat(empty.texts()).contains("No data for this selection");
        assertThat(empty.elements("rect")).hasSize(1); // the background only

        String custom = new HorizontalBarChart("Rankings", "Department", "Rate", ValueFormat.percent(0), List.of(),
                "Nobody rated in these weeks").toSvg(Locale.ENGLISH);
        assertThat(SvgDocument.parse(custom).texts()).contains("Nobody rated in these weeks");
    }

    @Test
    void negativeValuesGrowLeftFromZero() {
        List<Element> bars = SvgDocument
                .parse(new HorizontalBarChart("Change", "Department", "Change (cases)", ValueFormat.count(),
                        List.of(Bar.of("Up", 10), Bar.of("Down", -10))).toSvg(Locale.ENGLISH))
                .inGroups("ow-bar", "rect");
        double upX = SvgDocument.number(bars.get(0), "x");
        double downX = SvgDocument.number(bars.get(1), "x");
        assertThat(downX + SvgDocument.number(bars.get(1), "width")).isCloseTo(upX, within(0.2));
        assertThat(SvgDocument.number(bars.get(1), "width")).isCloseTo(SvgDocument.number(bars.get(0), "width"),
                within(0.2));
    }

    @Test
    void dropsCharactersXmlCannotCarryAndCutsLongLabels() {
        String longName = "Municipal Bureau of Housing and Urban-Rural Development, Real Estate Registration Centre";
        SvgDocument svg = SvgDocument
                .parse(new HorizontalBarChart("Control\u0001 chars", "Department", "Cases", ValueFormat.count(),
                        List.of(Bar.of("bell\u0007", 1), Bar.of(longName, 2))).toSvg(Locale.ENGLISH));
        assertThat(svg.texts()).contains("bell", "Control chars").doesNotContain(longName);
        assertThat(svg.texts()).anySatisfy(text -> assertThat(text).startsWith("Municipal").endsWith("\u2026"));
        assertThat(SvgDocument.tooltip(svg.groups("ow-bar").get(1))).isEqualTo(longName + ": 2");
    }

    @Test
    void refusesBarsWithoutAValueOrWithABackwardInterval() {
        assertThatThrownBy(() -> Bar.of("A", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bar.withInterval("A", 0.5, 0.6, 0.4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chartsOnOnePageGetTheirOwnIds() {
        HorizontalBarChart chart = new HorizontalBarChart("Same", "x", "y", ValueFormat.count(),
                List.of(Bar.of("A", 1)));
        String first = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).root.getAttribute("aria-labelledby");
        String second = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).root.getAttribute("aria-labelledby");
        assertThat(first).isNotEqualTo(second);
    }
}
