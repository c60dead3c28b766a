package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A synthetic weekly series with a known trend and season is forecast close to its true continuation. */
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
}
