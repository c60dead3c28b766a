package org.onewindow.reporting.internal.stats;

import java.util.Arrays;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Additive Holt-Winters exponential smoothing (level, trend and a season of {@code period} values), the textbook
 * seasonal forecast for weekly demand (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>,
 * §8.3). The three smoothing weights are those that minimise the one-step-ahead squared errors over the history,
 * found by a coarse grid refined with commons-math's bounded BOBYQA optimiser. Start values from the first two
 * seasons: the trend is the change of their means per period, the level the first season's mean carried to its
 * end, the seasonal terms the two seasons' average deviations from their trend lines. Needs at least two whole
 * seasons of history.
 *
 * <p>With less history than that, {@link #fitTrend} is Holt's linear trend method, the same smoothing without the
 * season (FPP §8.2): level and trend only, for a series too short to show its season twice. Its start values are
 * the first value as the level and the mean change over the first four values as the trend (NIST/SEMATECH
 * e-Handbook of Statistical Methods, §6.4.3.3), less at the mercy of one odd week than the first change alone.
 */
public final class HoltWinters {

    /**
     * A fitted model: its weights, and its state after the last observation. A trend-only fit ({@link #fitTrend})
     * has {@code gamma} 0 and a season of one term that is 0.
     */
    public record Fit(double alpha, double beta, double gamma, double level, double trend, double[] season,
            int period, int observations, double sumOfSquaredErrors) {

        /** The next {@code horizon} values; negative forecasts of counts are shown as 0. */
        public double[] forecast(int horizon) {
            double[] values = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                int index = Math.floorMod(observations + h - 1, period);
                values[h - 1] = Math.max(0, level + h * trend + season[index]);
            }
            return values;
        }
    }

    /** Values the trend-only method's start trend is taken from. */
    private static final int TREND_START = 4;

    private HoltWinters() {
    }

    public static int minimumLength(int period) {
        return 2 * period;
    }

    /** The fewest values {@link #fitTrend} takes: the four its start values come from. */
    public static int minimumTrendLength() {
        return TREND_START;
    }

    public static Fit fit(double[] series, int period) {
        if (period < 2 || series.length < minimumLength(period)) {
            throw new IllegalArgumentException("Holt-Winters needs two whole seasons: " + minimumLength(period)
                    + " values for a period of " + period + ", got " + series.length);
        }
        MultivariateFunction sse = weights -> run(series, period, weights[0], weights[1], weights[2])
                .sumOfSquaredErrors();
        // A coarse grid first, so the optimiser starts near the best basin and a failure of it still leaves a
        // good answer: BOBYQA gives up on flat error surfaces (a series that is all zeros, say).
        double[] start = { 0.5, 0.5, 0.5 };
        double bestError = Double.POSITIVE_INFINITY;
        for (double alpha = 0.05; alpha < 1; alpha += 0.1) {
            for (double beta = 0.05; beta < 1; beta += 0.1) {
                for (double gamma = 0.05; gamma < 1; gamma += 0.1) {
                    double error = sse.value(new double[] { alpha, beta, gamma });
                    if (error < bestError) {
                        bestError = error;
                        start = new double[] { alpha, beta, gamma };
                    }
                }
            }
        }
        double[] weights = start;
        try {
            PointValuePair best = new BOBYQAOptimizer(7).optimize(new MaxEval(5_000), new ObjectiveFunction(sse),
                    GoalType.MINIMIZE, new InitialGuess(start),
                    new SimpleBounds(new double[] { 0, 0, 0 }, new double[] { 1, 1, 1 }));
            if (best.getValue() < bestError) {
                weights = best.getPoint();
            }
        } catch (MathIllegalStateException flat) {
            // Keep the grid's weights.
        }
        return run(series, period, weights[0], weights[1], weights[2]);
    }

    /** Runs the smoothing with the given weights over the series. */
    static Fit run(double[] series, int period, double alpha, double beta, double gamma) {
        double firstMean = mean(series, 0, period);
        double secondMean = mean(series, period, 2 * period);
        double trend = (secondMean - firstMean) / period;
        // Each season's mean stands for its middle; the level at the end of the first season is one half-season on.
        double middle = (period - 1) / 2.0;
        double level = firstMean + middle * trend;
        double[] season = new double[period];
        for (int i = 0; i < period; i++) {
            double first = series[i] - (firstMean + (i - middle) * trend);
            double second = series[period + i] - (secondMean + (i - middle) * trend);
            season[i] = (first + second) / 2;
        }
        double squaredErrors = 0;
        // The first season only sets the start values; smoothing and its errors start with the second.
        for (int t = period; t < series.length; t++) {
            int index = t % period;
            double predicted = level + trend + season[index];
            double error = series[t] - predicted;
            squaredErrors += error * error;
            double previousLevel = level;
            level = alpha * (series[t] - season[index]) + (1 - alpha) * (level + trend);
            trend = beta * (level - previousLevel) + (1 - beta) * trend;
            season[index] = gamma * (series[t] - level) + (1 - gamma) * season[index];
        }
        return new Fit(alpha, beta, gamma, level, trend, Arrays.copyOf(season, period), period, series.length,
                squaredErrors);
    }

    /**
     * Holt's linear trend method (additive trend, no season): the fallback when there are fewer than two seasons
     * of history. The two weights minimise the one-step-ahead squared errors, found as {@link #fit} finds its
     * three. The fit forecasts a straight line from the last level along the last trend.
     */
    public static Fit fitTrend(double[] series) {
        if (series.length < TREND_START) {
            throw new IllegalArgumentException("Holt's trend method needs at least " + TREND_START + " values, got "
                    + series.length);
        }
        MultivariateFunction sse = weights -> runTrend(series, weights[0], weights[1]).sumOfSquaredErrors();
        double[] start = { 0.5, 0.5 };
        double bestError = Double.POSITIVE_INFINITY;
        for (double alpha = 0.05; alpha < 1; alpha += 0.1) {
            for (double beta = 0.05; beta < 1; beta += 0.1) {
                double error = sse.value(new double[] { alpha, beta });
                if (error < bestError) {
                    bestError = error;
                    start = new double[] { alpha, beta };
                }
            }
        }
        double[] weights = start;
        try {
            // Two weights: BOBYQA wants between n + 2 = 4 and (n + 1)(n + 2) / 2 = 6 interpolation points.
            PointValuePair best = new BOBYQAOptimizer(5).optimize(new MaxEval(5_000), new ObjectiveFunction(sse),
                    GoalType.MINIMIZE, new InitialGuess(start),
                    new SimpleBounds(new double[] { 0, 0 }, new double[] { 1, 1 }));
            if (best.getValue() < bestError) {
                weights = best.getPoint();
            }
        } catch (MathIllegalStateException flat) {
            // Keep the grid's weights.
        }
        return runTrend(series, weights[0], weights[1]);
    }

    /** Runs Holt's trend method with the given weights over the series. */
    static Fit runTrend(double[] series, double alpha, double beta) {
        double level = series[0];
        double trend = (series[TREND_START - 1] - series[0]) / (TREND_START - 1);
        double squaredErrors = 0;
        for (int t = 1; t < series.length; t++) {
            double predicted = level + trend;
            double error = series[t] - predicted;
            squaredErrors += error * error;
            double previousLevel = level;
            level = alpha * series[t] + (1 - alpha) * (level + trend);
            trend = beta * (level - previousLevel) + (1 - beta) * trend;
        }
        return new Fit(alpha, beta, 0, level, trend, new double[] { 0 }, 1, series.length, squaredErrors);
    }

    private static double mean(double[] series, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += series[i];
        }
        return sum / (to - from);
    }
}
