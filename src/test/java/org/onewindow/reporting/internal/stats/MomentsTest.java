package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.junit.jupiter.api.Test;

class MomentsTest {

    /** 200 answers: an overall rating and three correlated dimension scores, all 1 to 5. */
    private static final double[][] ANSWERS = surveyLikeAnswers(200, 42);

    @Test
    void agreesWithCommonsMathOnTheSameRows() {
        Moments moments = Moments.of(ANSWERS);
        double[][] covariance = new Covariance(ANSWERS).getCovarianceMatrix().getData();
        double[][] correlation = new PearsonsCorrelation(ANSWERS).getCorrelationMatrix().getData();

        assertThat(moments.n()).isEqualTo(200);
        assertThat(moments.variables()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            double[] column = column(ANSWERS, i);
            assertThat(moments.mean(i)).isCloseTo(new Mean().evaluate(column), within(1e-12));
            assertThat(moments.variance(i)).isCloseTo(covariance[i][i], within(1e-12));
            for (int j = 0; j < 4; j++) {
                assertThat(moments.covariance(i, j)).isCloseTo(covariance[i][j], within(1e-12));
                assertThat(moments.correlation(i, j)).isCloseTo(correlation[i][j], within(1e-12));
            }
        }
        // The data is built to correlate, so the comparison is not between zeros.
        assertThat(moments.correlation(0, 1)).isGreaterThan(0.3);
    }

    @Test
    void readsTheUpperTriangleInTheOrderOfTheSqlSelectList() {
        Moments fromRows = Moments.of(ANSWERS);
        double[] sums = new double[4];
        double[] upper = new double[10];
        int next = 0;
        for (int i = 0; i < 4; i++) {
            sums[i] = fromRows.sum(i);
            for (int j = i; j < 4; j++) {
                upper[next++] = fromRows.sumOfProducts(i, j);
            }
        }
        Moments fromSql = Moments.fromUpperTriangle(200, sums, upper);
        assertThat(fromSql.covarianceMatrix()).isDeepEqualTo(fromRows.covarianceMatrix());

        // Only i <= j is read: an empty lower triangle and a mirrored one give the same moments.
        double[][] upperOnly = new double[4][4];
        double[][] mirrored = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                mirrored[i][j] = fromRows.sumOfProducts(i, j);
                if (i <= j) {
                    upperOnly[i][j] = fromRows.sumOfProducts(i, j);
                }
            }
        }
        assertThat(Moments.fromAggregates(200, sums, upperOnly).correlationMatrix())
                .isDeepEqualTo(Moments.fromAggregates(200, sums, mirrored).correlationMatrix());
    }

    @Test
    void refusesALowerTriangleThatContradictsTheUpper() {
        double[][] products = { { 10, 7 }, { 8, 12 } };
        assertThatThrownBy(() -> Moments.fromAggregates(3, new double[] { 5, 6 }, products))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not symmetric");
        assertThatThrownBy(() -> Moments.fromUpperTriangle(3, new double[] { 5, 6 }, new double[] { 10, 7 }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handComputedSmallExample() {
        // x = 1, 2, 3; y = 2, 4, 7: sums 6 and 13; sums of products 14, 31, 69; means 2 and 13/3;
        // cov = (3*31 - 6*13) / (3*2) = 2.5; var x = (3*14 - 36) / 6 = 1; var y = (3*69 - 169) / 6 = 19/3.
        Moments moments = Moments.fromAggregates(3, new double[] { 6, 13 }, new double[][] { { 14, 31 }, { 0, 69 } });
        assertThat(moments.means()).containsExactly(2.0, 13.0 / 3);
        assertThat(moments.covariance(0, 1)).isEqualTo(2.5);
        assertThat(moments.variance(0)).isEqualTo(1.0);
        assertThat(moments.variance(1)).isCloseTo(19.0 / 3, within(1e-12));
        assertThat(moments.correlation(0, 1)).isCloseTo(2.5 / Math.sqrt(19.0 / 3), within(1e-12));
    }

    @Test
    void undefinedValuesAreNotANumber() {
        Moments one = Moments.of(new double[][] { { 4, 5 } });
        assertThat(one.mean(0)).isEqualTo(4.0);
        assertThat(one.covariance(0, 1)).isNaN();
        assertThat(one.correlation(0, 1)).isNaN();

        Moments allFives = Moments.of(new double[][] { { 5, 1 }, { 5, 3 }, { 5, 4 } });
        assertThat(allFives.variance(0)).isZero();
        assertThat(allFives.correlation(0, 1)).isNaN();
        assertThat(allFives.correlation(0, 0)).isNaN();
        assertThat(allFives.correlation(1, 1)).isEqualTo(1.0);

        assertThat(Moments.fromAggregates(0, new double[] { 0 }, new double[][] { { 0 } }).mean(0)).isNaN();
    }

    @Test
    void selectsASubsetOfTheVariables() {
        Moments moments = Moments.of(ANSWERS);
        Moments selected = moments.select(3, 1);
        assertThat(selected.variables()).isEqualTo(2);
        assertThat(selected.mean(0)).isEqualTo(moments.mean(3));
        assertThat(selected.covariance(0, 1)).isEqualTo(moments.covariance(3, 1));
        assertThat(selected.variance(1)).isEqualTo(moments.variance(1));
    }

    static double[][] surveyLikeAnswers(int n, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][4];
        for (double[] row : rows) {
            double satisfaction = random.nextGaussian();
            for (int i = 0; i < row.length; i++) {
                double score = Math.round(3.8 + 0.8 * satisfaction + 0.7 * random.nextGaussian());
                row[i] = Math.max(1, Math.min(5, score));
            }
        }
        return rows;
    }

    static double[] column(double[][] rows, int i) {
        double[] column = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            column[r] = rows[r][i];
        }
        return column;
    }
}
