package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.chart.QuadrantChart.Corners;
import org.onewindow.reporting.internal.chart.QuadrantChart.Point;
import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.reporting.internal.stats.ImportancePerformance.Indicator;
import org.w3c.dom.Element;

class QuadrantChartTest {

    private static final ImportancePerformance.Analysis ANALYSIS = ImportancePerformance.analyse(List.of(
            new Indicator("Timeliness", 0.8, 4.5), new Indicator("Staff attitude", 0.7, 3.0),
            new Indicator("Transparency", 0.2, 3.2), new Indicator("Convenience & access", 0.3, 4.6)));

    @Test
    void placesTheIndicatorsAroundCrossHairsAtTheMeans() {
        QuadrantChart chart = QuadrantChart.importancePerformance("Importance and performance",
                "Performance (mean score, 1-5)",
                "Importance (correlation with overall rating)", ANALYSIS, Locale.ENGLISH);

        SvgDocument svg = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).assertAccessible("Importance and performance");

        assertThat(svg.texts()).contains("Keep up the good work", "Concentrate here", "Low priority",
                "Possible overkill",
                "Timeliness", "Staff attitude", "Transparency", "Convenience & access",
                "Performance (mean score, 1-5)", "Importance (correlation with overall rating)");
        List<Element> crossHairs = svg.elements("line").stream().filter(line -> line.hasAttribute("stroke-dasharray"))
                .toList();
        assertThat(crossHairs).hasSize(2);
        double crossX = SvgDocument.number(crossHairs.get(0), "x1");
        double crossY = SvgDocument.number(crossHairs.get(1), "y1");

        List<Element> points = svg.inGroups("ow-point", "circle");
        assertThat(points).hasSize(4);
        for (Element point : points) {
            String name = svg.groups("ow-point").stream()
                    .filter(group -> group.getElementsByTagName("circle").item(0) == point)
                    .map(SvgDocument::tooltip).findFirst().orElseThrow();
            double x = SvgDocument.number(point, "cx");
            double y = SvgDocument.number(point, "cy");
            if (name.startsWith("Timeliness")) {
                assertThat(x).isGreaterThan(crossX);
                assertThat(y).isLessThan(crossY); // higher importance is higher on the page
            } else if (name.startsWith("Staff attitude")) {
                assertThat(x).isLessThan(crossX);
                assertThat(y).isLessThan(crossY);
            } else if (name.startsWith("Transparency")) {
                assertThat(x).isLessThan(crossX);
                assertThat(y).isGreaterThan(crossY);
            } else {
                assertThat(x).isGreaterThan(crossX);
                assertThat(y).isGreaterThan(crossY);
            }
        }
        assertThat(svg.description()).contains("Staff attitude: 3.00, 0.70, Concentrate here");
    }

    @Test
    void crossHairsStandAtTheirValuesOnTheAxes() {
        // x from 1 to 5 and a cross at 3, the middle of a symmetric range: the line is half-way across the points.
        QuadrantChart chart = new QuadrantChart("Q", "x", "y", ValueFormat.decimal(1, ""), ValueFormat.decimal(1, ""),
                List.of(new Point("low", 1, 1), new Point("high", 5, 5)), 3, 3, new Corners("a", "b", "c", "d"), null);
        SvgDocument svg = SvgDocument.parse(chart.toSvg(Locale.ENGLISH));
        List<Element> points = svg.inGroups("ow-point", "circle");
        double lowX = SvgDocument
                .number(points.stream().filter(p -> SvgDocument.number(p, "cy") > 200).findFirst().orElseThrow(), "cx");
        double highX = SvgDocument
                .number(points.stream().filter(p -> SvgDocument.number(p, "cy") < 200).findFirst().orElseThrow(), "cx");
        double crossX = SvgDocument
                .number(svg.elements("line").stream().filter(l -> l.hasAttribute("stroke-dasharray")).findFirst()
                        .orElseThrow(), "x1");
        assertThat(crossX).isCloseTo((lowX + highX) / 2, within(0.2));
    }

    @Test
    void saysSoWhenThereIsNoIndicator() {
        ImportancePerformance.Analysis none = ImportancePerformance
                .analyse(List.of(new Indicator("Always five", Double.NaN, 5)));
        SvgDocument svg = SvgDocument.parse(QuadrantChart.importancePerformance("IPA", "x", "y", none, Locale.ENGLISH)
                .toSvg(Locale.ENGLISH)).assertAccessible("IPA");
        assertThat(svg.texts()).contains("No data for this selection");
    }
}
