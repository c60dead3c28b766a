package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.stats.CronbachAlpha.Reliability;

class CronbachAlphaTest {

    /**
     * Law School Admission Test, section 6: five items scored 0/1, 1000 examinees, given as the frequency of
     * each of the 32 response patterns (items 1..5, then the count). Source: R. D. Bock and M. Lieberman,
     * "Fitting a response model for n dichotomously scored items", Psychometrika 35 (1970) 179-197; shipped as
     * the {@code LSAT} data set of the R package ltm, whose documented example {@code cronbach.alpha(LSAT)}
     * reports alpha = 0.295 for 5 items and 1000 sample units (D. Rizopoulos, "ltm: An R package for latent
     * variable modelling and item response theory analyses", Journal of Statistical Software 17(5), 2006).
     */
    private static final int[][] LSAT6_PATTERNS = {
            { 0, 0, 0, 0, 0, 3 }, { 0, 0, 0, 0, 1, 6 }, { 0, 0, 0, 1, 0, 2 }, { 0, 0, 0, 1, 1, 11 },
            { 0, 0, 1, 0, 0, 1 }, { 0, 0, 1, 0, 1, 1 }, { 0, 0, 1, 1, 0, 3 }, { 0, 0, 1, 1, 1, 4 },
            { 0, 1, 0, 0, 0, 1 }, { 0, 1, 0, 0, 1, 8 }, { 0, 1, 0, 1, 0, 0 }, { 0, 1, 0, 1, 1, 16 },
            { 0, 1, 1, 0, 0, 0 }, { 0, 1, 1, 0, 1, 3 }, { 0, 1, 1, 1, 0, 2 }, { 0, 1, 1, 1, 1, 15 },
            { 1, 0, 0, 0, 0, 10 }, { 1, 0, 0, 0, 1, 29 }, { 1, 0, 0, 1, 0, 14 }, { 1, 0, 0, 1, 1, 81 },
            { 1, 0, 1, 0, 0, 3 }, { 1, 0, 1, 0, 1, 28 }, { 1, 0, 1, 1, 0, 15 }, { 1, 0, 1, 1, 1, 80 },
            { 1, 1, 0, 0, 0, 16 }, { 1, 1, 0, 0, 1, 56 }, { 1, 1, 0, 1, 0, 21 }, { 1, 1, 0, 1, 1, 173 },
            { 1, 1, 1, 0, 0, 11 }, { 1, 1, 1, 0, 1, 61 }, { 1, 1, 1, 1, 0, 28 }, { 1, 1, 1, 1, 1, 298 } };

    @Test
    void reproducesThePublishedAlphaOfTheLsatFromGroupedAggregates() {
        // Aggregated the way SQL would with GROUP BY on the pattern: count-weighted sums and sums of products.
        long n = 0;
        double[] sums = new double[5];
        double[][] products = new double[5][5];
        for (int[] pattern : LSAT6_PATTERNS) {
            int count = pattern[5];
            n += count;
            for (int i = 0; i < 5; i++) {
                sums[i] += count * pattern[i];
                for (int j = i; j < 5; j++) {
                    products[i][j] += count * pattern[i] * pattern[j];
                }
            }
        }
        Reliability reliability = CronbachAlpha.of(Moments.fromAggregates(n, sums, products));

        assertThat(reliability.n()).isEqualTo(1000);
        assertThat(reliability.alpha()).isCloseTo(0.295, within(0.0005));
        assertThat(reliability.alphaIfItemDeleted()).hasSize(5);
    }

    @Test
    void agreesWithTheDefinitionComputedDirectlyOnTheRows() {
        double[][] rows = expand(LSAT6_PATTERNS);
        Reliability reliability = CronbachAlpha.of(Moments.of(rows));

        assertThat(reliability.alpha()).isCloseTo(directAlpha(rows, -1), within(1e-12));
        for (int deleted = 0; deleted < 5; deleted++) {
            assertThat(reliability.alphaIfItemDeleted().get(deleted)).isCloseTo(directAlpha(rows, deleted),
                    within(1e-12));
        }
        // Item 3 is the one most tied to the others on this test: without it, alpha falls the most.
        List<Double> ifDeleted = reliability.alphaIfItemDeleted();
        assertThat(ifDeleted.get(2)).isEqualTo(ifDeleted.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        assertThat(ifDeleted).allSatisfy(alpha -> assertThat(alpha).isLessThan(reliability.alpha()));
    }

    @Test
    void surveyItemsThatMeasureOneThingAreConsistent() {
        double[][] answers = MomentsTest.surveyLikeAnswers(300, 7);
        Reliability reliability = CronbachAlpha.of(Moments.of(answers));
        assertThat(reliability.alpha()).isCloseTo(directAlpha(answers, -1), within(1e-12)).isGreaterThan(0.7);
    }

    @Test
    void undefinedCasesAreNotANumberOrRefused() {
        assertThat(CronbachAlpha.of(Moments.of(new double[][] { { 5, 5, 5 }, { 5, 5, 5 } })).alpha()).isNaN();
        assertThat(CronbachAlpha.of(Moments.of(new double[][] { { 1, 2, 3 } })).alpha()).isNaN();
        Reliability twoItems = CronbachAlpha.of(Moments.of(new double[][] { { 1, 2 }, { 3, 3 }, { 4, 5 } }));
        assertThat(twoItems.alpha()).isFinite();
        assertThat(twoItems.alphaIfItemDeleted()).containsExactly(Double.NaN, Double.NaN);
        assertThatThrownBy(() -> CronbachAlpha.of(Moments.of(new double[][] { { 1 }, { 2 } })))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** alpha = k/(k-1) * (1 - sum of item variances / variance of row totals), with item {@code deleted} left out. */
    private static double directAlpha(double[][] rows, int deleted) {
        int items = rows[0].length;
        Variance variance = new Variance();
        double itemVariances = 0;
        int k = 0;
        for (int i = 0; i < items; i++) {
            if (i != deleted) {
                itemVariances += variance.evaluate(MomentsTest.column(rows, i));
                k++;
            }
        }
        double[] totals = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int i = 0; i < items; i++) {
                if (i != deleted) {
                    totals[r] += rows[r][i];
                }
            }
        }
        return k / (k - 1.0) * (1 - itemVariances / variance.evaluate(totals));
    }

    private static double[][] expand(int[][] patterns) {
        List<double[]> rows = new ArrayList<>();
        for (int[] pattern : patterns) {
            for (int c = 0; c < pattern[5]; c++) {
                rows.add(new double[] { pattern[0], pattern[1], pattern[2], pattern[3], pattern[4] });
            }
        }
        return rows.toArray(double[][]::new);
    }
}
