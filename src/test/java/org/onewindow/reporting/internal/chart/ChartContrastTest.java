package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.chart.HorizontalBarChart.Bar;
import org.onewindow.reporting.internal.chart.LineChart.Series;
import org.onewindow.reporting.internal.chart.StackedShareChart.Group;
import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.reporting.internal.stats.ImportancePerformance.Indicator;
import org.onewindow.shared.i18n.Translations;
import org.w3c.dom.Element;

/**
 * Every text a chart draws reads at WCAG's 4.5:1 against what it is drawn on (GB/T 37668-2019 takes the level AA
 * contrast over): the white page, or the cell or bar segment under it. Line values are labelled in every series
 * colour, heat-map cells run the whole scale, stacked shares every level colour.
 */
class ChartContrastTest {

    @Test
    void theContrastRatioIsWcags() {
        assertThat(Palette.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(Palette.contrast("#CC79A7", "#ffffff")).isBetween(3.05, 3.07);
        assertThat(Palette.contrast("#767676", "#ffffff")).isBetween(4.53, 4.55);
    }

    @Test
    void everySeriesColourGetsAReadableValueColour() {
        for (String colour : Palette.CATEGORIES) {
            String text = Palette.textColour(colour);
            assertThat(Palette.contrast(text, "#ffffff")).as("value text for series %s: %s", colour, text)
                    .isGreaterThanOrEqualTo(4.5);
        }
        assertThat(Palette.textColour("#0072B2")).isEqualTo("#0072B2"); // already 5.1:1, kept as it is
    }

    @Test
    void lineChartValuesReadOnWhiteInEverySeriesColour() {
        List<Series> series = IntStream.range(0, Palette.CATEGORIES.size())
                .mapToObj(i -> new Series("Series " + i, List.of(1.0 + i, 2.0 + i, 3.0 + i))).toList();
        for (boolean everyPoint : new boolean[] { true, false }) {
            assertReadable(new LineChart("Trend", "Week", "Cases", ValueFormat.count(), List.of("W1", "W2", "W3"),
                    series, everyPoint).toSvg(Translations.ENGLISH));
        }
    }

    @Test
    void heatMapValuesReadOnEveryCell() {
        double[][] arrivals = new double[7][24];
        for (int hour = 0; hour < 24; hour++) {
            arrivals[hour % 7][hour] = hour + 1; // every shade from the lightest to the darkest
        }
        assertReadable(HeatMap.weekdayByHour("Arrivals", "Arrivals per hour", ValueFormat.count(), arrivals,
                Translations.ENGLISH).toSvg(Translations.ENGLISH));
        // The text colour flips where black and white are equally readable: every shade between must pass.
        for (int step = 0; step <= 100; step++) {
            String cell = Palette.sequential(step / 100.0);
            assertThat(Palette.contrast(Palette.textOn(cell), cell)).as("text on %s", cell)
                    .isGreaterThanOrEqualTo(4.5);
        }
        for (int levels = 2; levels <= 7; levels++) {
            for (String cell : Palette.ordered(levels)) {
                assertThat(Palette.contrast(Palette.textOn(cell), cell)).as("text on %s", cell)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void barsSharesAndQuadrantsRead() {
        assertReadable(new HorizontalBarChart("Good reviews", "Department", "Rate", ValueFormat.percent(0),
                List.of(Bar.withInterval("HRSS", 0.8, 0.61, 0.91), Bar.of("AMR", 0.2), Bar.of("Tax", -0.1)))
                .toSvg(Translations.ENGLISH));
        assertReadable(new StackedShareChart("Levels", "Channel", "Share",
                List.of("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"),
                List.of(new Group("Kiosk", List.of(20L, 20L, 20L, 20L, 20L)),
                        new Group("Phone", List.of(1L, 2L, 3L, 4L, 90L))))
                .toSvg(Translations.ENGLISH));
        assertReadable(QuadrantChart.importancePerformance("What to improve first", "Performance", "Importance",
                ImportancePerformance.analyse(List.of(new Indicator("Timeliness", 0.8, 4.5),
                        new Indicator("Attitude", 0.7, 3.0), new Indicator("Transparency", 0.2, 3.2),
                        new Indicator("Convenience", 0.3, 4.6))),
                Translations.ENGLISH).toSvg(Translations.ENGLISH));
    }

    /** Each text against the last rectangle drawn before it that holds its anchor point (the page at least). */
    private static void assertReadable(String svg) {
        SvgDocument document = SvgDocument.parse(svg);
        List<Element> rects = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int texts = 0;
        for (Element element : document.elements("*")) {
            if (element.getTagName().equals("rect") && !element.getAttribute("fill").equals("none")) {
                rects.add(element);
            } else if (element.getTagName().equals("text")) {
                texts++;
                String fill = element.getAttribute("fill");
                String background = background(rects, SvgDocument.number(element, "x"),
                        SvgDocument.number(element, "y") - 3);
                double ratio = Palette.contrast(fill, background);
                if (ratio < 4.5) {
                    unreadable.add(String.format("\"%s\" %s on %s: %.2f:1", element.getTextContent(), fill,
                            background, ratio));
                }
            }
        }
        assertThat(texts).as("texts drawn").isGreaterThan(3);
        assertThat(unreadable).as("texts below 4.5:1").isEmpty();
    }

    private static String background(List<Element> rects, double x, double y) {
        for (int i = rects.size() - 1; i >= 0; i--) {
            Element rect = rects.get(i);
            double left = SvgDocument.number(rect, "x");
            double top = SvgDocument.number(rect, "y");
            if (x >= left && x <= left + SvgDocument.number(rect, "width") && y >= top
                    && y <= top + SvgDocument.number(rect, "height")) {
                return rect.getAttribute("fill");
            }
        }
        throw new AssertionError("No background under the text at " + x + ", " + y);
    }
}
