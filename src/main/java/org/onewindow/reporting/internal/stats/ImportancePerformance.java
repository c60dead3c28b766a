package org.onewindow.reporting.internal.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Importance-performance analysis (Martilla and James 1977) of the survey dimensions: which aspects of the
 * service matter to citizens and how well the hall does them. Importance is derived, not asked: the Pearson
 * correlation of a dimension's score with the overall rating. Performance is the dimension's mean score.
 * Each dimension falls into one of four quadrants around cross-hairs at the mean importance and the mean
 * performance of all dimensions (the "data-centred" variant, since derived importances are all positive
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

    /** A dimension's importance (correlation with the overall rating) and performance (mean score). */
    public record Dimension(String name, double importance, double performance) {

        public Dimension {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A dimension placed in its quadrant. */
    public record Placement(String name, double importance, double performance, Quadrant quadrant) {
    }

    /**
     * The cross-hairs and the placed dimensions, in the order given. Dimensions whose importance or
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

    /** Places the dimensions around the means of their importances and performances. */
    public static Analysis analyse(List<Dimension> dimensions) {
        List<Dimension> defined = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (Dimension dimension : dimensions) {
            if (Double.isFinite(dimension.importance()) && Double.isFinite(dimension.performance())) {
                defined.add(dimension);
            } else {
                unplaced.add(dimension.name());
            }
        }
        double meanImportance = defined.stream().mapToDouble(Dimension::importance).average().orElse(Double.NaN);
        double meanPerformance = defined.stream().mapToDouble(Dimension::performance).average().orElse(Double.NaN);
        List<Placement> placements = defined.stream().map(d -> new Placement(d.name(), d.importance(), d.performance(),
                Quadrant.of(d.importance() >= meanImportance, d.performance() >= meanPerformance))).toList();
        return new Analysis(meanImportance, meanPerformance, placements, unplaced);
    }

    /**
     * The analysis from the moments of the overall rating (variable 0) and the dimension scores (variables 1
     * to k, named in that order), all over the same complete answers.
     */
    public static Analysis analyse(List<String> dimensionNames, Moments overallThenDimensions) {
        if (overallThenDimensions.variables() != dimensionNames.size() + 1) {
            throw new IllegalArgumentException("Expected the overall rating and " + dimensionNames.size()
                    + " dimensions, got " + overallThenDimensions.variables() + " variables");
        }
        double[][] correlation = overallThenDimensions.correlationMatrix();
        List<Dimension> dimensions = new ArrayList<>();
        for (int i = 0; i < dimensionNames.size(); i++) {
            dimensions.add(
                    new Dimension(dimensionNames.get(i), correlation[0][i + 1], overallThenDimensions.mean(i + 1)));
        }
        return analyse(dimensions);
    }
}
