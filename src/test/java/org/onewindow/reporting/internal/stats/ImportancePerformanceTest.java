package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.onewindow.reporting.internal.stats.ImportancePerformance.Quadrant.CONCENTRATE_HERE;
import static org.onewindow.reporting.internal.stats.ImportancePerformance.Quadrant.KEEP_UP_THE_GOOD_WORK;
import static org.onewindow.reporting.internal.stats.ImportancePerformance.Quadrant.LOW_PRIORITY;
import static org.onewindow.reporting.internal.stats.ImportancePerformance.Quadrant.POSSIBLE_OVERKILL;

import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.stats.ImportancePerformance.Analysis;
import org.onewindow.reporting.internal.stats.ImportancePerformance.Indicator;
import org.onewindow.reporting.internal.stats.ImportancePerformance.Placement;

class ImportancePerformanceTest {

    @Test
    void placesEachIndicatorAroundTheMeans() {
        // Mean importance (0.8 + 0.7 + 0.2 + 0.3) / 4 = 0.5; mean performance (4.5 + 3.0 + 3.2 + 4.6) / 4 = 3.825.
        Analysis analysis = ImportancePerformance.analyse(List.of(
                new Indicator("Timeliness", 0.8, 4.5),
                new Indicator("Staff attitude", 0.7, 3.0),
                new Indicator("Transparency", 0.2, 3.2),
                new Indicator("Convenience", 0.3, 4.6)));

        assertThat(analysis.meanImportance()).isCloseTo(0.5, within(1e-12));
        assertThat(analysis.meanPerformance()).isCloseTo(3.825, within(1e-12));
        assertThat(analysis.placements()).extracting(Placement::quadrant)
                .containsExactly(KEEP_UP_THE_GOOD_WORK, CONCENTRATE_HERE, LOW_PRIORITY, POSSIBLE_OVERKILL);
        assertThat(analysis.placements()).extracting(Placement::name)
                .containsExactly("Timeliness", "Staff attitude", "Transparency", "Convenience");
        assertThat(analysis.unplaced()).isEmpty();
    }

    @Test
    void aValueOnTheCrossHairCountsAsHigh() {
        // Means are 0.5 and 4.0; "Outcome" sits exactly on both.
        Analysis analysis = ImportancePerformance.analyse(List.of(
                new Indicator("Outcome", 0.5, 4.0), new Indicator("A", 0.9, 3.0), new Indicator("B", 0.1, 5.0)));
        assertThat(analysis.placements().get(0).quadrant()).isEqualTo(KEEP_UP_THE_GOOD_WORK);
    }

    @Test
    void leavesIndicatorsWithoutAnImportanceOutOfTheCrossHairs() {
        Analysis analysis = ImportancePerformance.analyse(List.of(
                new Indicator("A", 0.6, 4.0), new Indicator("B", 0.4, 3.0),
                new Indicator("Always five", Double.NaN, 5.0)));
        assertThat(analysis.unplaced()).containsExactly("Always five");
        assertThat(analysis.meanPerformance()).isCloseTo(3.5, within(1e-12));
        assertThat(analysis.placements()).extracting(Placement::quadrant).containsExactly(KEEP_UP_THE_GOOD_WORK,
                LOW_PRIORITY);
    }

    @Test
    void derivesImportanceAndPerformanceFromTheMomentsOfTheAnswers() {
        // Overall rating, then three dimensions.
        double[][] answers = MomentsTest.surveyLikeAnswers(150, 11);
        Analysis analysis = ImportancePerformance.analyse(List.of("Timeliness", "Attitude", "Outcome"),
                Moments.of(answers));

        double[][] correlation = new PearsonsCorrelation(answers).getCorrelationMatrix().getData();
        for (int d = 0; d < 3; d++) {
            Placement placement = analysis.placements().get(d);
            assertThat(placement.importance()).isCloseTo(correlation[0][d + 1], within(1e-12));
            double mean = java.util.Arrays.stream(MomentsTest.column(answers, d + 1)).average().orElseThrow();
            assertThat(placement.performance()).isCloseTo(mean, within(1e-12));
        }
    }
}
