package org.onewindow.reporting.internal.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Importance-performance analysis (Martilla and James 1977) of one indicator set version's indicators: which
 * aspects of the service matter to citizens and how well the hall does them. Importance is derived, not asked: the
 * Pearson correlation of an indicator's score with the overall rating. Performance is the indicator's mean score.
 * Each indicator falls into one of four quadrants around cross-hairs at the mean importance and the mean
 * performance of all the version's indicators (the "data-centred" variant, since derived importances are all positive
 * and would otherwise crowd into one quadrant).
 *
 * <p>A value exactly on a cross-hair counts as high.
 */
public final class ImportancePerformance {

    /**
     * The four quadrants. Their names for managers ("Concentrate here", "重点改进") are texts of the reports
     * ({@code reporting.quadrant.<NAME>}), chosen by the reader's language where they are shown.
     */
    public enum Quadrant {
        /** High importance, high performance. */
        KEEP_UP_THE_GOOD_WORK,
        /** High importance, low performance: where effort pays. */
        CONCENTRATE_HERE,
        /** Low importance, low performance. */
        LOW_PRIORITY,
        /** Low importance, high performance: effort that may be better spent elsewhere. */
        POSSIBLE_OVERKILL;

        static Quadrant of(boolean highImportance, boolean highPerformance) {
            if (highImportance) {
                return highPerformance ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
            }
            return highPerformance ? POSSIBLE_OVERKILL : LOW_PRIORITY;
        }
    }

    /** An indicator's importance (correlation with the overall rating) and performance (mean score). */
    public record Indicator(String name, double importance, double performance) {

        public Indicator {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An indicator placed in its quadrant. */
    public record Placement(String name, double importance, double performance, Quadrant quadrant) {
    }

    /**
     * The cross-hairs and the placed indicators, in the order given. Indicators whose importance or
     * performance is undefined (NaN: too few answers, or every answer the same) are in {@code unplaced}
     * and do not move the cross-hairs.
     */
    public record Analysis(double meanImportance, double meanPerformance, List<Placement> placements,
            List<String> unplaced) {

        public Analysis {
            placements = List.copyOf(placements);
            unplaced = List.copyOf(unplaced);
        }
    }

    private ImportancePerformance() {
    }

    /** Places the indicators around the means of their importances and performances. */
    public static Analysis analyse(List<Indicator> indicators) {
        List<Indicator> defined = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (Double.isFinite(indicator.importance()) && Double.isFinite(indicator.performance())) {
                defined.add(indicator);
            } else {
                unplaced.add(indicator.name());
            }
        }
        double meanImportance = defined.stream().mapToDouble(Indicator::importance).average().orElse(Double.NaN);
        double meanPerformance = defined.stream().mapToDouble(Indicator::performance).average().orElse(Double.NaN);
        List<Placement> placements = defined.stream().map(d -> new Placement(d.name(), d.importance(), d.performance(),
                Quadrant.of(d.importance() >= meanImportance, d.performance() >= meanPerformance))).toList();
        return new Analysis(meanImportance, meanPerformance, placements, unplaced);
    }

    /**
     * The analysis from the moments of the overall rating (variable 0) and the indicator scores (variables 1
     * to k, named in that order), all over the same complete answers.
     */
    public static Analysis analyse(List<String> indicatorNames, Moments overallThenIndicators) {
        if (overallThenIndicators.variables() != indicatorNames.size() + 1) {
            throw new IllegalArgumentException("Expected the overall rating and " + indicatorNames.size()
                    + " indicators, got " + overallThenIndicators.variables() + " variables");
        }
        double[][] correlation = overallThenIndicators.correlationMatrix();
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < indicatorNames.size(); i++) {
            indicators.add(
                    new Indicator(indicatorNames.get(i), correlation[0][i + 1], overallThenIndicators.mean(i + 1)));
        }
        return analyse(indicators);
    }
}
