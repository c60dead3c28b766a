package org.onewindow.reporting.internal.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Whether two groups rate differently, e.g. reviews given at the window kiosk against those given on private
 * channels (a citizen rating in front of the clerk may be kinder). Pearson's chi-square test of independence
 * on the 2 x L contingency table of counts per rating level (commons-math's {@link ChiSquareTest}).
 *
 * <p>Levels that nobody in either group chose are dropped first: an empty column has an expected count of
 * zero, which the statistic cannot divide by, and it carries no information about a difference.
 *
 * <p>The chi-square approximation needs enough answers. Following Cochran's rule, the result is
 * {@link Verdict#NOT_RELIABLE} and carries no p-value when more than 20% of the cells have an expected count
 * below 5, or any cell one below 1; the view then says there are too few answers to tell, rather than show a
 * p-value that means nothing.
 */
public final class ChiSquareComparison {

    public static final double SIGNIFICANCE_LEVEL = 0.05;

    /** What a manager may conclude. */
    public enum Verdict {
        /** The distributions differ (p < 0.05). */
        SIGNIFICANT,
        /** No evidence of a difference (p >= 0.05). */
        NOT_SIGNIFICANT,
        /** Too few answers for the test to be trusted; no p-value. */
        NOT_RELIABLE,
        /** Nothing to compare: a group has no answers, or every answer in both is the same level. */
        NOT_TESTABLE
    }

    /**
     * The outcome. {@code statistic} and {@code degreesOfFreedom} are those of the table without its empty
     * levels; {@code pValue} is NaN unless the verdict is (NOT_)SIGNIFICANT; {@code statistic} and
     * {@code shareOfSmallExpectedCounts} are NaN and {@code degreesOfFreedom} 0 when NOT_TESTABLE.
     * {@code levelsCompared} are the indexes (into the arrays given) of the levels kept.
     */
    public record Result(Verdict verdict, double statistic, int degreesOfFreedom, double pValue,
            double shareOfSmallExpectedCounts, List<Integer> levelsCompared) {

        public Result {
            levelsCompared = List.copyOf(levelsCompared);
        }

        public boolean significant() {
            return verdict == Verdict.SIGNIFICANT;
        }

        /** Whether the test could be carried out and trusted, so the p-value means something. */
        public boolean reliable() {
            return verdict == Verdict.SIGNIFICANT || verdict == Verdict.NOT_SIGNIFICANT;
        }
    }

    private ChiSquareComparison() {
    }

    /**
     * Compares two distributions of counts over the same levels, e.g. the counts of ratings 1 to 5 at index
     * 0 to 4 of each array.
     */
    public static Result compare(long[] first, long[] second) {
        if (first == null || second == null || first.length != second.length || first.length < 2) {
            throw new IllegalArgumentException("Need two distributions over the same two or more levels");
        }
        List<Integer> kept = new ArrayList<>();
        long firstTotal = 0;
        long secondTotal = 0;
        for (int level = 0; level < first.length; level++) {
            if (first[level] < 0 || second[level] < 0) {
                throw new IllegalArgumentException("Counts must not be negative at level " + level);
            }
            firstTotal += first[level];
            secondTotal += second[level];
            if (first[level] + second[level] > 0) {
                kept.add(level);
            }
        }
        if (firstTotal == 0 || secondTotal == 0 || kept.size() < 2) {
            return new Result(Verdict.NOT_TESTABLE, Double.NaN, 0, Double.NaN, Double.NaN, kept);
        }
        long[][] table = new long[2][kept.size()];
        for (int column = 0; column < kept.size(); column++) {
            table[0][column] = first[kept.get(column)];
            table[1][column] = second[kept.get(column)];
        }
        ChiSquareTest test = new ChiSquareTest();
        double statistic = test.chiSquare(table);
        int degreesOfFreedom = kept.size() - 1; // (rows - 1) * (columns - 1) with two rows
        double smallShare = shareOfSmallExpectedCounts(table, firstTotal, secondTotal);
        if (smallShare > 0.2 || anyExpectedBelowOne(table, firstTotal, secondTotal)) {
            return new Result(Verdict.NOT_RELIABLE, statistic, degreesOfFreedom, Double.NaN, smallShare, kept);
        }
        double pValue = test.chiSquareTest(table);
        Verdict verdict = pValue < SIGNIFICANCE_LEVEL ? Verdict.SIGNIFICANT : Verdict.NOT_SIGNIFICANT;
        return new Result(verdict, statistic, degreesOfFreedom, pValue, smallShare, kept);
    }

    private static double shareOfSmallExpectedCounts(long[][] table, long firstTotal, long secondTotal) {
        int small = 0;
        for (int column = 0; column < table[0].length; column++) {
            for (double expected : expected(table, column, firstTotal, secondTotal)) {
                if (expected < 5) {
                    small++;
                }
            }
        }
        return small / (2.0 * table[0].length);
    }

    private static boolean anyExpectedBelowOne(long[][] table, long firstTotal, long secondTotal) {
        for (int column = 0; column < table[0].length; column++) {
            for (double expected : expected(table, column, firstTotal, secondTotal)) {
                if (expected < 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Expected counts of the column under independence: row total * column total / grand total. */
    private static double[] expected(long[][] table, int column, long firstTotal, long secondTotal) {
        double columnTotal = table[0][column] + table[1][column];
        double total = firstTotal + secondTotal;
        return new double[] { firstTotal * columnTotal / total, secondTotal * columnTotal / total };
    }
}
