package org.onewindow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.ForecastModel;
import org.onewindow.reporting.internal.stats.HoltWinters;

/**
 * The demand report's forecast: which model a history gets, that the back-test is fitted on the weeks before the
 * held-out ones only and the forecast on all of them, and the errors it reports.
 */
class DemandForecasterTest {

    private final DemandForecaster defaults = new DemandForecaster(8, 52, 8);

    @Test
    void theModelFollowsTheLengthOfTheHistory() {
        assertThat(defaults.neededWeeks()).isEqualTo(16);
        assertThat(defaults.modelFor(15)).isNull();
        assertThat(defaults.modelFor(16)).isEqualTo(ForecastModel.HOLT);
        // Holt-Winters once the weeks before the held-out ones hold two whole seasons: 104 + 8.
        assertThat(defaults.modelFor(111)).isEqualTo(ForecastModel.HOLT);
        assertThat(defaults.modelFor(112)).isEqualTo(ForecastModel.HOLT_WINTERS);
        assertThat(defaults.forecast(new double[15])).isNull();
    }

    @Test
    void theBackTestIsFittedOnTheWeeksBeforeTheHeldOutOnesAndTheForecastOnAll() {
        // Twelve weeks on a straight line, then eight weeks of 100 the line knows nothing of.
        double[] series = new double[20];
        for (int t = 0; t < 12; t++) {
            series[t] = 10 + 2 * t;
        }
        Arrays.fill(series, 12, 20, 100);

        DemandForecaster.Outcome outcome = defaults.forecast(series);

        assertThat(outcome.model()).isEqualTo(ForecastModel.HOLT);
        // The back-test continues the line of the first twelve weeks: 34, 36, ... 48.
        assertThat(outcome.backTest()).containsExactly(new double[] { 34, 36, 38, 40, 42, 44, 46, 48 }, within(1e-9));
        // |100 - 34| ... |100 - 48|: 66 down to 52, mean 59; as shares of 100, 0.59.
        assertThat(outcome.mae()).isCloseTo(59, within(1e-9));
        assertThat(outcome.mape()).isCloseTo(0.59, within(1e-9));
        // The forecast ahead is the same method fitted on all twenty weeks, the jump to 100 included.
        assertThat(outcome.forecast()).containsExactly(HoltWinters.fitTrend(series).forecast(8), within(1e-12));
        assertThat(outcome.forecast()[0]).isGreaterThan(90);
    }

    @Test
    void aSeasonalHistoryLongEnoughIsForecastWithHoltWinters() {
        DemandForecaster quarterly = new DemandForecaster(4, 13, 8);
        double[] series = new double[4 * 13];
        for (int t = 0; t < series.length; t++) {
            series[t] = 200 + t + 40 * Math.sin(2 * Math.PI * t / 13);
        }

        DemandForecaster.Outcome outcome = quarterly.forecast(series);

        assertThat(outcome.model()).isEqualTo(ForecastModel.HOLT_WINTERS);
        assertThat(outcome.backTest()).containsExactly(
                HoltWinters.fit(Arrays.copyOf(series, series.length - 4), 13).forecast(4), within(1e-12));
        assertThat(outcome.forecast()).containsExactly(HoltWinters.fit(series, 13).forecast(4), within(1e-12));
        assertThat(outcome.mape()).isLessThan(0.01);
        // The same history one season shorter falls back to Holt's trend method.
        assertThat(quarterly.forecast(Arrays.copyOf(series, 2 * 13 + 3)).model()).isEqualTo(ForecastModel.HOLT);
    }

    @Test
    void heldOutWeeksWithoutCasesHaveNoPercentageError() {
        double[] series = new double[16];
        for (int t = 0; t < 8; t++) {
            series[t] = 3;
        }
        DemandForecaster.Outcome outcome = defaults.forecast(series);
        assertThat(outcome.mape()).isNull();
        assertThat(outcome.mae()).isCloseTo(3, within(1e-9)); // a flat 3 forecast against eight empty weeks
    }
}
