package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A synthetic weekly series with a known trend and season is forecast close to its true continuation; the
 * trend-only fallback (Holt's method) continues a straight line exactly, smooths by hand-checked steps, and follows
 * a noisy trend.
 */
class HoltWintersTest {

    private static final int PERIOD = 13; // a quarter of weeks

    /** 200 cases a week, growing by 1 a week, with a quarterly season of amplitude 40 and a little noise. */
    private static double truth(int week) {
        return 200 + week + 40 * Math.sin(2 * Math.PI * week / PERIOD);
    }

    private static double[] history(int weeks, boolean noisy) {
        double[] series = new double[weeks];
        java.util.Random random = new java.util.Random(42);
        for (int t = 0; t < weeks; t++) {
            series[t] = truth(t) + (noisy ? random.nextGaussian() * 3 : 0);
        }
        return series;
    }

    @Test
    void aCleanSeasonalSeriesIsContinuedExactly() {
        HoltWinters.Fit fit = HoltWinters.fit(history(4 * PERIOD, false), PERIOD);
        double[] forecast = fit.forecast(PERIOD);
        for (int h = 0; h < PERIOD; h++) {
            assertThat(forecast[h]).as("week +%d", h + 1).isCloseTo(truth(4 * PERIOD + h), within(2.0));
        }
    }

    @Test
    void aNoisySeasonalSeriesIsForecastWithinAFewPercent() {
        HoltWinters.Fit fit = HoltWinters.fit(history(6 * PERIOD, true), PERIOD);
        double[] forecast = fit.forecast(PERIOD);
        double absolutePercentErrors = 0;
        for (int h = 0; h < PERIOD; h++) {
            absolutePercentErrors += Math.abs(forecast[h] - truth(6 * PERIOD + h)) / truth(6 * PERIOD + h);
        }
        assertThat(absolutePercentErrors / PERIOD).as("mean absolute percentage error").isLessThan(0.03);
        // The season was found: the forecast rises and falls with it rather than following a straight line.
        double peak = forecast[3];
        double trough = forecast[10];
        assertThat(peak - trough).isGreaterThan(60);
        assertThat(fit.alpha()).isBetween(0.0, 1.0);
    }

    @Test
    void countsAreNeverForecastBelowZero() {
        double[] falling = new double[2 * PERIOD];
        for (int t = 0; t < falling.length; t++) {
            falling[t] = Math.max(0, 100 - 8 * t);
        }
        for (double value : HoltWinters.fit(falling, PERIOD).forecast(PERIOD)) {
            assertThat(value).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void twoWholeSeasonsAreNeeded() {
        assertThatThrownBy(() -> HoltWinters.fit(new double[2 * PERIOD - 1], PERIOD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two whole seasons");
    }

    @Test
    void holtsMethodContinuesAStraightLineExactly() {
        double[] line = new double[12];
        for (int t = 0; t < line.length; t++) {
            line[t] = 30 + 2.5 * t;
        }
        HoltWinters.Fit fit = HoltWinters.fitTrend(line);
        assertThat(fit.sumOfSquaredErrors()).isCloseTo(0, within(1e-9));
        assertThat(fit.forecast(4)).containsExactly(new double[] { 60, 62.5, 65, 67.5 }, within(1e-9));
        assertThat(fit.gamma()).isZero();
    }

    @Test
    void holtsMethodSmoothsLevelAndTrendStepByStep() {
        // Start: level 10, trend (15 - 10) / 3. Worked through by hand with alpha 0.5 and beta 0.3:
        // t=1 predicted 11.667, level 11.833, trend 1.717; t=2 predicted 13.55, level 12.275, trend 1.334;
        // t=3 predicted 13.609, level 14.305, trend 1.543; t=4 predicted 15.847, level 14.924, trend 1.266.
        HoltWinters.Fit fit = HoltWinters.runTrend(new double[] { 10, 12, 11, 15, 14 }, 0.5, 0.3);
        assertThat(fit.level()).isCloseTo(14.9236875, within(1e-9));
        assertThat(fit.trend()).isCloseTo(1.2656854166666665, within(1e-9));
        assertThat(fit.sumOfSquaredErrors()).isCloseTo(11.96082286284722, within(1e-9));
        assertThat(fit.forecast(2)).containsExactly(new double[] { 16.189372916666667, 17.455058333333334 },
                within(1e-9));
    }

    @Test
    void holtsMethodFollowsANoisyTrend() {
        java.util.Random random = new java.util.Random(7);
        double[] series = new double[20];
        for (int t = 0; t < series.length; t++) {
            series[t] = 50 + 3 * t + random.nextGaussian() * 2;
        }
        HoltWinters.Fit fit = HoltWinters.fitTrend(series);
        double[] forecast = fit.forecast(8);
        double absolutePercentErrors = 0;
        for (int h = 0; h < 8; h++) {
            double truth = 50 + 3 * (20 + h);
            absolutePercentErrors += Math.abs(forecast[h] - truth) / truth;
        }
        assertThat(absolutePercentErrors / 8).as("mean absolute percentage error").isLessThan(0.05);
        assertThat(fit.trend()).isBetween(2.0, 4.0);
    }

    @Test
    void holtsMethodNeedsFourValues() {
        assertThat(HoltWinters.minimumTrendLength()).isEqualTo(4);
        assertThatThrownBy(() -> HoltWinters.fitTrend(new double[] { 1, 2, 3 }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 4 values");
    }
}
