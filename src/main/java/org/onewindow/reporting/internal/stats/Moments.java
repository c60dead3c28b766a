package org.onewindow.reporting.internal.stats;

import java.util.Arrays;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * First and second moments of k variables (e.g. the overall rating and an indicator set version's scores), built from
 * the aggregates SQL computes in one pass, so that a report never loads the answers themselves:
 *
 * <pre>
 * select count(*), sum(x1), ..., sum(xk),
 *        sum(x1*x1), sum(x1*x2), ..., sum(x1*xk), sum(x2*x2), ..., sum(xk*xk)
 * from ... where x1 is not null and ... and xk is not null
 * </pre>
 *
 * All sums must be over the same {@code n} rows (complete cases): mixing rows with and without an answer
 * would make the covariances of different subsets, and a correlation outside [-1, 1].
 *
 * <p>Gives means, the sample covariance matrix (divisor {@code n - 1}, as commons-math's {@code Covariance}),
 * variances and Pearson correlations. Values that are undefined are {@code NaN}: every covariance when
 * {@code n < 2}, and a correlation with a variable that never varies (every answer a 5, say). Reports show
 * those as "not enough data" rather than failing.
 *
 * <p>The sums of cross-products must be given for {@code i <= j}; see {@link #fromAggregates} and
 * {@link #fromUpperTriangle}.
 */
public final class Moments {

    private final long n;
    private final double[] sums;
    /** Full symmetric k x k matrix of sums of products. */
    private final double[][] products;

    private Moments(long n, double[] sums, double[][] products) {
        this.n = n;
        this.sums = sums;
        this.products = products;
    }

    /**
     * Moments from {@code n}, the sums of each variable and the k x k matrix of sums of products. Only the
     * entries with {@code i <= j} are read, so SQL need compute only k(k+1)/2 of them; the lower triangle may
     * be left at zero or filled with the mirror image. A lower entry that is neither is refused, since it
     * means the columns were mapped in a different order than intended.
     */
    public static Moments fromAggregates(long n, double[] sums, double[][] sumsOfProducts) {
        int k = checkSums(n, sums);
        if (sumsOfProducts == null || sumsOfProducts.length != k) {
            throw new IllegalArgumentException("Need a " + k + " x " + k + " matrix of sums of products");
        }
        double[][] products = new double[k][k];
        for (int i = 0; i < k; i++) {
            if (sumsOfProducts[i] == null || sumsOfProducts[i].length != k) {
                throw new IllegalArgumentException("Row " + i + " of the sums of products must have " + k + " entries");
            }
            for (int j = i; j < k; j++) {
                products[i][j] = products[j][i] = finite(sumsOfProducts[i][j], "sum of products");
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double lower = sumsOfProducts[i][j];
                if (lower != 0 && Math.abs(lower - products[i][j]) > 1e-9 * Math.max(1, Math.abs(products[i][j]))) {
                    throw new IllegalArgumentException("Sums of products not symmetric at [" + i + "][" + j + "]: "
                            + lower + " vs " + products[i][j]);
                }
            }
        }
        return new Moments(n, sums.clone(), products);
    }

    /**
     * Moments from {@code n}, the sums, and the sums of products of the upper triangle in row-major order,
     * which is the order of the SQL select list above: {@code x1*x1, x1*x2, ..., x1*xk, x2*x2, ..., xk*xk}.
     */
    public static Moments fromUpperTriangle(long n, double[] sums, double[] upperTriangle) {
        int k = checkSums(n, sums);
        if (upperTriangle == null || upperTriangle.length != k * (k + 1) / 2) {
            throw new IllegalArgumentException("Need " + k * (k + 1) / 2 + " sums of products for " + k + " variables");
        }
        double[][] products = new double[k][k];
        int next = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                products[i][j] = products[j][i] = finite(upperTriangle[next++], "sum of products");
            }
        }
        return new Moments(n, sums.clone(), products);
    }

    /**
     * Moments of rows of observations, accumulated exactly as the SQL aggregates are: for tests, and for the
     * few places that hold a handful of rows anyway.
     */
    public static Moments of(double[][] rows) {
        if (rows == null || rows.length == 0 || rows[0] == null || rows[0].length == 0) {
            throw new IllegalArgumentException("Need at least one row with at least one variable");
        }
        int k = rows[0].length;
        double[] sums = new double[k];
        double[][] products = new double[k][k];
        for (double[] row : rows) {
            if (row == null || row.length != k) {
                throw new IllegalArgumentException("Every row must have " + k + " values");
            }
            for (int i = 0; i < k; i++) {
                sums[i] += row[i];
                for (int j = i; j < k; j++) {
                    products[i][j] += row[i] * row[j];
                }
            }
        }
        return fromAggregates(rows.length, sums, products);
    }

    /** The moments of some of the variables, in the order given; e.g. the items left when one is deleted. */
    public Moments select(int... variables) {
        if (variables.length == 0) {
            throw new IllegalArgumentException("Select at least one variable");
        }
        double[] selectedSums = new double[variables.length];
        double[][] selectedProducts = new double[variables.length][variables.length];
        for (int a = 0; a < variables.length; a++) {
            checkIndex(variables[a]);
            selectedSums[a] = sums[variables[a]];
            for (int b = 0; b < variables.length; b++) {
                selectedProducts[a][b] = products[variables[a]][variables[b]];
            }
        }
        return new Moments(n, selectedSums, selectedProducts);
    }

    public long n() {
        return n;
    }

    /** The number of variables, k. */
    public int variables() {
        return sums.length;
    }

    public double sum(int i) {
        checkIndex(i);
        return sums[i];
    }

    public double sumOfProducts(int i, int j) {
        checkIndex(i);
        checkIndex(j);
        return products[i][j];
    }

    /** The mean of variable i; NaN when n = 0. */
    public double mean(int i) {
        checkIndex(i);
        return n == 0 ? Double.NaN : sums[i] / n;
    }

    public double[] means() {
        double[] means = new double[variables()];
        for (int i = 0; i < means.length; i++) {
            means[i] = mean(i);
        }
        return means;
    }

    /** The sample covariance of variables i and j (divisor n - 1); NaN when n < 2. */
    public double covariance(int i, int j) {
        checkIndex(i);
        checkIndex(j);
        if (n < 2) {
            return Double.NaN;
        }
        // (n*Sxy - Sx*Sy) / (n(n-1)) rather than (Sxy - Sx*Sy/n) / (n-1): for integer scores both products are
        // integers that a double holds exactly (up to about 2^53), so the subtraction loses nothing.
        double covariance = (n * products[i][j] - sums[i] * sums[j]) / ((double) n * (n - 1));
        // Rounding can push a variance of non-integer data a hair below zero.
        return i == j ? Math.max(0, covariance) : covariance;
    }

    public double variance(int i) {
        return covariance(i, i);
    }

    public double standardDeviation(int i) {
        return Math.sqrt(variance(i));
    }

    /** The k x k sample covariance matrix; all NaN when n < 2. */
    public double[][] covarianceMatrix() {
        int k = variables();
        double[][] covariance = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                covariance[i][j] = covariance(i, j);
            }
        }
        return covariance;
    }

    /** The Pearson correlation of variables i and j; NaN when undefined (n < 2 or either variable constant). */
    public double correlation(int i, int j) {
        return correlationMatrix()[i][j];
    }

    /**
     * The k x k matrix of Pearson correlations. Its diagonal is 1, except for a variable without variance,
     * whose whole row and column are NaN.
     */
    public double[][] correlationMatrix() {
        int k = variables();
        double[][] covariance = covarianceMatrix();
        if (n < 2) {
            return covariance; // all NaN
        }
        double[][] correlation = new PearsonsCorrelation()
                .covarianceToCorrelation(new Array2DRowRealMatrix(covariance, false)).getData();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (covariance[i][i] == 0 || covariance[j][j] == 0) {
                    // commons-math leaves 1 on the diagonal even for a constant; a constant correlates with nothing.
                    correlation[i][j] = Double.NaN;
                } else {
                    // Sums of squares can overshoot by an ulp; a correlation never does.
                    correlation[i][j] = Math.max(-1, Math.min(1, correlation[i][j]));
                }
            }
        }
        return correlation;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= sums.length) {
            throw new IndexOutOfBoundsException("No variable " + i + " of " + sums.length);
        }
    }

    private static int checkSums(long n, double[] sums) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (sums == null || sums.length == 0) {
            throw new IllegalArgumentException("Need the sum of at least one variable");
        }
        Arrays.stream(sums).forEach(sum -> finite(sum, "sum"));
        return sums.length;
    }

    private static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A " + what + " must be a finite number: " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Moments[n=" + n + ", means=" + Arrays.toString(means()) + "]";
    }
}
