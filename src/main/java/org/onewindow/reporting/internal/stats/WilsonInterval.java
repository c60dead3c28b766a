package org.onewindow.reporting.internal.stats;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Confidence interval for a proportion (good-review rate, on-time rate) by Wilson's score method. Rankings use
 * it instead of the bare rate because a department with 3 of 3 good reviews is not better known than one with
 * 95 of 100: Wilson stays inside [0, 1] and is honest for small samples and rates near 0 or 1, where the
 * textbook normal ("Wald") interval is not (Newcombe 1998).
 *
 * <p>{@code n = 0} has no proportion and no interval: it is rejected with an {@link IllegalArgumentException}.
 * A report lists only groups that have answers (a SQL {@code GROUP BY} never yields an empty group), so an
 * empty group reaching this class is a bug to see, not a value to draw.
 */
public final class WilsonInterval {

    /** A closed interval of proportions, {@code 0 <= low <= high <= 1}. */
    public record Interval(double low, double high) {

        public Interval {
            if (!(0 <= low && low <= high && high <= 1)) {
                throw new IllegalArgumentException("Not an interval of proportions: [" + low + ", " + high + "]");
            }
        }
    }

    public static final double DEFAULT_CONFIDENCE = 0.95;

    private WilsonInterval() {
    }

    /** The 95% Wilson score interval for {@code successes} out of {@code n}. */
    public static Interval of(long successes, long n) {
        return of(successes, n, DEFAULT_CONFIDENCE);
    }

    /** The Wilson score interval at the given two-sided confidence level, e.g. 0.9, 0.95 or 0.99. */
    public static Interval of(long successes, long n, double confidence) {
        if (n <= 0) {
            throw new IllegalArgumentException("No interval without observations (n = " + n + ")");
        }
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("Successes must be between 0 and n: " + successes + " of " + n);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Confidence level must be strictly between 0 and 1: " + confidence);
        }
        if (n > Integer.MAX_VALUE) {
            // commons-math counts in int; two billion answers is far beyond any hall.
            throw new IllegalArgumentException("Too many observations for an interval: " + n);
        }
        ConfidenceInterval interval = new WilsonScoreInterval().createInterval((int) n, (int) successes, confidence);
        // At 0 or n successes the bound is exactly 0 or 1 in theory, a hair off in floating point; elsewhere
        // the score interval never leaves [0, 1], but rounding is kept inside it too.
        double low = successes == 0 ? 0 : Math.max(0, interval.getLowerBound());
        double high = successes == n ? 1 : Math.min(1, interval.getUpperBound());
        return new Interval(low, high);
    }
}
