package org.onewindow.reporting.internal.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.onewindow.reporting.internal.ReportTexts;

import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.reporting.internal.stats.ImportancePerformance.Quadrant;

/**
 * A labelled scatter split into four quadrants by cross-hairs, with the quadrants' names in the corners: the
 * importance-performance chart of an indicator set version's indicators (x = performance, y = importance).
 *
 * @param title         the chart's title
 * @param xAxis         the horizontal quantity with its unit, e.g. "Performance (mean score, 1-5)"
 * @param yAxis         the vertical quantity with its unit, e.g. "Importance (correlation with overall rating)"
 * @param xFormat       how x values are written
 * @param yFormat       how y values are written
 * @param points        the labelled points
 * @param xCross        where the vertical cross-hair stands
 * @param yCross        where the horizontal cross-hair stands
 * @param corners       the names of the four quadrants
 * @param noDataMessage shown instead of the chart when there is no point; null for the standard
 *                      message in the reader's language
 */
public record QuadrantChart(String title, String xAxis, String yAxis, ValueFormat xFormat, ValueFormat yFormat,
        List<Point> points, double xCross, double yCross, Corners corners, String noDataMessage) {

    public record Point(String label, double x, double y) {

        public Point {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("Point " + label + " needs finite coordinates");
            }
        }
    }

    /** The quadrant names, written in the corners of the plot. */
    public record Corners(String topRight, String topLeft, String bottomLeft, String bottomRight) {

        public Corners {
            topRight = Objects.requireNonNullElse(topRight, "");
            topLeft = Objects.requireNonNullElse(topLeft, "");
            bottomLeft = Objects.requireNonNullElse(bottomLeft, "");
            bottomRight = Objects.requireNonNullElse(bottomRight, "");
        }

        /**
         * The importance-performance quadrants, with x = performance and y = importance, named in
         * {@code locale}'s language.
         */
        public static Corners importancePerformance(Locale locale) {
            ReportTexts texts = ReportTexts.of(locale);
            return new Corners(texts.quadrant(Quadrant.KEEP_UP_THE_GOOD_WORK.name()),
                    texts.quadrant(Quadrant.CONCENTRATE_HERE.name()), texts.quadrant(Quadrant.LOW_PRIORITY.name()),
                    texts.quadrant(Quadrant.POSSIBLE_OVERKILL.name()));
        }
    }

    public QuadrantChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xFormat, "xFormat");
        Objects.requireNonNull(yFormat, "yFormat");
        Objects.requireNonNull(corners, "corners");
        xAxis = Objects.requireNonNullElse(xAxis, "");
        yAxis = Objects.requireNonNullElse(yAxis, "");
        points = List.copyOf(points);
        if (!points.isEmpty() && (!Double.isFinite(xCross) || !Double.isFinite(yCross))) {
            throw new IllegalArgumentException("The cross-hairs need finite positions");
        }
    }

    /**
     * The chart of an importance-performance analysis: its placed indicators (named as in the analysis), its
     * cross-hairs at the mean performance and mean importance, and the quadrant names in {@code locale}'s language.
     */
    public static QuadrantChart importancePerformance(String title, String xAxis, String yAxis,
            ImportancePerformance.Analysis analysis, Locale locale) {
        List<Point> points = analysis.placements().stream()
                .map(placement -> new Point(placement.name(), placement.performance(), placement.importance()))
                .toList();
        return importancePerformance(title, xAxis, yAxis, points, analysis.meanPerformance(),
                analysis.meanImportance(), locale);
    }

    /**
     * The chart of an importance-performance analysis done elsewhere (by the report's service): its points with
     * x = performance and y = importance, its cross-hairs where the analysis put them, and the quadrant names in
     * {@code locale}'s language.
     */
    public static QuadrantChart importancePerformance(String title, String xAxis, String yAxis, List<Point> points,
            double meanPerformance, double meanImportance, Locale locale) {
        return new QuadrantChart(title, xAxis, yAxis, ValueFormat.decimal(2, ""), ValueFormat.decimal(2, ""), points,
                meanPerformance, meanImportance, Corners.importancePerformance(locale), null);
    }

    /** The chart as SVG, its own texts (descriptions, no-data message) in {@code locale}'s language. */
    public String toSvg(Locale locale) {
        return new QuadrantRenderer(this, ReportTexts.of(locale)).render();
    }
}
