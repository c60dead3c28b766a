package org.onewindow.reporting.internal.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The confidence interval of a mean score (an indicator's mean on the 1–5 scale) from its n, sum and sum of squares,
 * which SQL aggregates: mean ± t(n − 1) · s / √n, Student's t since the variance is estimated from the same
 * answers. Undefined (null) below two scores.
 */
public final class MeanInterval {

    /** An interval around a mean; its bounds are not clipped to the scale. */
    public record Interval(double mean, double low, double high) {
    }

    private MeanInterval() {
    }

    /** The 95% interval of the mean of {@code n} values with the given sum and sum of squares; null when n < 2. */
    public static Interval of(long n, double sum, double sumOfSquares) {
        return of(n, sum, sumOfSquares, 0.95);
    }

    /** The interval at the given two-sided confidence level; null when n < 2. */
    public static Interval of(long n, double sum, double sumOfSquares, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1: " + confidence);
        }
        if (n < 2) {
            return null;
        }
        double mean = sum / n;
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double half = t * Math.sqrt(variance / n);
        return new Interval(mean, mean - half, mean + half);
    }
}
