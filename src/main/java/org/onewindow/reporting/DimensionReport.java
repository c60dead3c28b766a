package org.onewindow.reporting;

import java.util.List;

/**
 * The five dimensions of the questionnaire: their means (performance), their correlation with the overall
 * rating (importance) and their quadrant of the importance–performance analysis, and the reliability of the
 * five items as a scale (Cronbach's alpha, with alpha if each item were deleted). {@code meanImportance} and
 * {@code meanPerformance} are the analysis's cross-hairs, where the screens draw them; null when no dimension could
 * be placed.
 */
public record DimensionReport(long answers, List<Dimension> dimensions, Double meanImportance,
        Double meanPerformance, Double alpha, List<Double> alphaIfItemDeleted) {

    /**
     * @param key      the dimension's column (timeliness, attitude, transparency, convenience, outcome); screens
     *                 name it in the reader's language
     * @param quadrant the IPA quadrant ({@code ImportancePerformance.Quadrant} name, e.g. CONCENTRATE_HERE); null
     *                 when the dimension cannot be placed (too few answers)
     */
    public record Dimension(String key, Double mean, Double importance, String quadrant) {
    }
}
