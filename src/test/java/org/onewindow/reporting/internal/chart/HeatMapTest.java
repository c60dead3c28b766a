package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class HeatMapTest {

    @Test
    void drawsAWeekdayByHourGridWithAColourScale() {
        double[][] arrivals = new double[7][24];
        for (int day = 0; day < 5; day++) {
            for (int hour = 9; hour < 17; hour++) {
                arrivals[day][hour] = 10 + hour - 9;
            }
        }
        arrivals[0][10] = 60; // Monday morning rush
        arrivals[6][3] = Double.NaN;

        SvgDocument svg = SvgDocument
                .parse(HeatMap.weekdayByHour("Arrivals", "Arrivals per hour (count)", ValueFormat.count(),
                        arrivals, Locale.ENGLISH).toSvg(Locale.ENGLISH))
                .assertAccessible("Arrivals");

        List<Element> cells = svg.elements("rect").stream().filter(rect -> SvgDocument.tooltip(rect).contains(": "))
                .toList();
        assertThat(cells).hasSize(7 * 24);
        assertThat(svg.texts()).containsAll(List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")).contains("00",
                "23", "Weekday", "Hour of day", "Arrivals per hour (count)",
                "60");
        Element rush = cells.stream().filter(cell -> SvgDocument.tooltip(cell).equals("Mon 10: 60")).findFirst()
                .orElseThrow();
        Element quiet = cells.stream().filter(cell -> SvgDocument.tooltip(cell).equals("Sun 00: 0")).findFirst()
                .orElseThrow();
        Element missing = cells.stream().filter(cell -> SvgDocument.tooltip(cell).equals("Sun 03: \u2013")).findFirst()
                .orElseThrow();
        assertThat(rush.getAttribute("fill")).isEqualTo(Palette.SEQUENTIAL.get(Palette.SEQUENTIAL.size() - 1));
        assertThat(quiet.getAttribute("fill")).isEqualTo(Palette.SEQUENTIAL.get(0));
        assertThat(missing.getAttribute("fill")).isNotIn(rush.getAttribute("fill"), quiet.getAttribute("fill"));
        // Rows go Monday to Sunday down the page, hours left to right.
        assertThat(SvgDocument.number(rush, "y")).isLessThan(SvgDocument.number(quiet, "y"));

        Element gradient = svg.elements("linearGradient").get(0);
        assertThat(svg.elements("rect")).anySatisfy(
                rect -> assertThat(rect.getAttribute("fill")).isEqualTo("url(#" + gradient.getAttribute("id") + ")"));
        assertThat(svg.description()).contains("from 0 to 60", "Highest: Mon 10");
    }

    @Test
    void darkerMeansMore() {
        double[][] values = { { 0, 1, 2, 3, 4 } };
        SvgDocument svg = SvgDocument
                .parse(new HeatMap("Grid", "Row", "Column", "Count", ValueFormat.count(), List.of("Only"),
                        List.of("a", "b", "c", "d", "e"), values, null).toSvg(Locale.ENGLISH));
        double previous = Double.MAX_VALUE;
        for (Element cell : svg.elements("rect").stream().filter(rect -> SvgDocument.tooltip(rect).startsWith("Only "))
                .toList()) {
            double lightness = lightness(cell.getAttribute("fill"));
            assertThat(lightness).isLessThan(previous);
            previous = lightness;
        }
    }

    @Test
    void saysSoWhenThereAreNoArrivals() {
        SvgDocument svg = SvgDocument
                .parse(HeatMap.weekdayByHour("Arrivals", "Arrivals", ValueFormat.count(), new double[7][24],
                        Locale.ENGLISH).toSvg(Locale.ENGLISH));
        assertThat(svg.texts()).contains("No data for this selection");
    }

    @Test
    void refusesAGridOfTheWrongShapeAndKeepsItsOwnCopy() {
        assertThatThrownBy(
                () -> HeatMap.weekdayByHour("A", "B", ValueFormat.count(), new double[7][23], Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        double[][] values = new double[7][24];
        values[0][0] = 5;
        HeatMap map = HeatMap.weekdayByHour("A", "B", ValueFormat.count(), values, Locale.ENGLISH);
        values[0][0] = 9;
        map.values()[0][0] = 7;
        assertThat(map.values()[0][0]).isEqualTo(5);
        values[0][0] = 5;
        assertThat(map).isEqualTo(HeatMap.weekdayByHour("A", "B", ValueFormat.count(), values, Locale.ENGLISH));
    }

    private static double lightness(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return (value >> 16 & 0xff) + (value >> 8 & 0xff) + (value & 0xff);
    }
}
