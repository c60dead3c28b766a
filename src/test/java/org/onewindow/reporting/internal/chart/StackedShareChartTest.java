package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.chart.StackedShareChart.Group;
import org.w3c.dom.Element;

class StackedShareChartTest {

    private static final List<String> RATINGS = List.of("Very dissatisfied", "Dissatisfied", "Basically satisfied",
            "Satisfied",
            "Very satisfied");

    @Test
    void splitsEachBarIntoTheSharesOfTheLevelsWithALegend() {
        StackedShareChart chart = new StackedShareChart("Ratings by channel", "Channel", "Share of answers (%)",
                RATINGS, List.of(
                        new Group("QR at the window", List.of(0L, 5L, 15L, 30L, 50L)),
                        new Group("Link <SMS>", List.of(10L, 10L, 20L, 20L, 40L))));

        SvgDocument svg = SvgDocument.parse(chart.toSvg(Locale.ENGLISH)).assertAccessible("Ratings by channel");

        assertThat(svg.texts()).containsAll(RATINGS).contains("QR at the window", "Link <SMS>", "n = 100", "Channel",
                "Share of answers (%)", "50%", "0%", "100%");
        List<Element> segments = svg.inGroups("ow-stack", "rect").stream()
                .filter(rect -> !rect.getAttribute("fill").equals("none")).toList();
        assertThat(segments).hasSize(4 + 5); // the first group has no "very dissatisfied" segment
        double full = segments.subList(0, 4).stream().mapToDouble(rect -> SvgDocument.number(rect, "width")).sum();
        assertThat(SvgDocument.number(segments.get(3), "width") / full).isCloseTo(0.5, within(0.005));
        assertThat(SvgDocument.number(segments.get(0), "width") / full).isCloseTo(0.05, within(0.005));
        double secondFull = segments.subList(4, 9).stream().mapToDouble(rect -> SvgDocument.number(rect, "width"))
                .sum();
        assertThat(secondFull).isCloseTo(full, within(0.5));
        assertThat(SvgDocument.tooltip(segments.get(4))).isEqualTo("Link <SMS>, Very dissatisfied: 10 (10.0%)");
        // The same level has the same colour in every bar, and each level its own.
        assertThat(segments.get(3).getAttribute("fill")).isEqualTo(segments.get(8).getAttribute("fill"));
        assertThat(segments.subList(4, 9)).extracting(rect -> rect.getAttribute("fill")).doesNotHaveDuplicates();
    }

    @Test
    void aGroupWithoutAnswersShowsAnEmptyBarAndItsCount() {
        SvgDocument svg = SvgDocument.parse(new StackedShareChart("Ratings", "Channel", "Share (%)", RATINGS, List.of(
                new Group("Phone", List.of(0L, 0L, 0L, 0L, 0L)), new Group("Link", List.of(1L, 1L, 1L, 1L, 1L))))
                .toSvg(Locale.ENGLISH));
        assertThat(svg.texts()).contains("n = 0", "n = 5");
        assertThat(svg.inGroups("ow-stack", "rect")).filteredOn(rect -> !rect.getAttribute("fill").equals("none"))
                .hasSize(5);
    }

    @Test
    void saysSoWhenNoGroupHasAnswers() {
        for (List<Group> groups : List.of(List.<Group>of(), List.of(new Group("Phone", List.of(0L, 0L, 0L, 0L, 0L))))) {
            SvgDocument svg = SvgDocument.parse(
                    new StackedShareChart("Ratings", "Channel", "Share (%)", RATINGS, groups).toSvg(Locale.ENGLISH));
            assertThat(svg.texts()).contains("No data for this selection");
        }
    }

    @Test
    void refusesCountsThatDoNotMatchTheLevels() {
        assertThatThrownBy(
                () -> new StackedShareChart("R", "C", "S", RATINGS, List.of(new Group("A", List.of(1L, 2L)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StackedShareChart("R", "C", "S", List.of("Only"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
