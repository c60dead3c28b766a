package org.onewindow.reporting.internal.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cronbach's alpha, the internal consistency of one indicator set version's scores: whether its indicators
 * measure one thing ("satisfaction") well enough to be added up. Computed from the items'
 * {@link Moments}, so from SQL aggregates:
 *
 * <pre>alpha = k / (k - 1) * (1 - sum of item variances / variance of the total score)</pre>
 *
 * where the variance of the total is the sum of all entries of the covariance matrix.
 *
 * <p>The "alpha if item deleted" of each item tells managers which question does not fit with the others:
 * alpha rising when an item is removed means that item measures something else.
 */
public final class CronbachAlpha {

    /**
     * Alpha over {@code n} complete answers, and alpha without each item in turn (same order as the items).
     * {@code alpha} is NaN when undefined (fewer than two answers, or no variance in the total score); each
     * alpha-if-deleted is NaN with only two items, since one item left has no alpha.
     */
    public record Reliability(double alpha, long n, List<Double> alphaIfItemDeleted) {

        public Reliability {
            alphaIfItemDeleted = Collections.unmodifiableList(new ArrayList<>(alphaIfItemDeleted));
        }
    }

    private CronbachAlpha() {
    }

    /** Alpha of the k items whose moments are given; needs at least two items. */
    public static Reliability of(Moments items) {
        int k = items.variables();
        if (k < 2) {
            throw new IllegalArgumentException("Cronbach's alpha needs at least two items, got " + k);
        }
        double[][] covariance = items.covarianceMatrix();
        List<Double> ifDeleted = new ArrayList<>(k);
        for (int deleted = 0; deleted < k; deleted++) {
            ifDeleted.add(k < 3 ? Double.NaN : alpha(covariance, deleted));
        }
        return new Reliability(alpha(covariance, -1), items.n(), ifDeleted);
    }

    /** Alpha of the items of the covariance matrix, leaving out item {@code deleted} (-1: none). */
    private static double alpha(double[][] covariance, int deleted) {
        int k = 0;
        double itemVariances = 0;
        double totalVariance = 0;
        for (int i = 0; i < covariance.length; i++) {
            if (i == deleted) {
                continue;
            }
            k++;
            itemVariances += covariance[i][i];
            for (int j = 0; j < covariance.length; j++) {
                if (j != deleted) {
                    totalVariance += covariance[i][j];
                }
            }
        }
        if (!(totalVariance > 0)) {
            return Double.NaN; // everyone gave the same total: there is nothing to be consistent about
        }
        return k / (k - 1.0) * (1 - itemVariances / totalVariance);
    }
}
