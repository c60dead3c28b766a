package org.onewindow.reporting.internal;

import java.util.Arrays;

import org.onewindow.reporting.ForecastModel;
import org.onewindow.reporting.internal.stats.HoltWinters;

/**
 * The demand report's forecast of one weekly series, and its error on past weeks. The last {@code weeks} weeks are
 * held out: the model fitted on the weeks before forecasts them, and the mean absolute error (MAE) and mean absolute
 * percentage error (MAPE, over the held-out weeks that had cases: a week without any has no percentage) compare
 * that forecast with what came. The forecast of the weeks to come is fitted on the whole series.
 *
 * <p>The model is the same for both, so that the error shown is the error of the forecast shown: Holt-Winters with
 * a season of {@code seasonWeeks} when the weeks before the held-out ones hold two whole seasons, else Holt's linear
 * trend method when they are at least {@code minimumFitWeeks}, else none (not enough history).
 */
final class DemandForecaster {

    /** A forecast with its back-test; {@code backTest} and {@code forecast} have {@code weeks} values each. */
    record Outcome(ForecastModel model, double[] backTest, double[] forecast, double mae, Double mape) {
    }

    private final int weeks;
    private final int seasonWeeks;
    private final int minimumFitWeeks;

    DemandForecaster(int weeks, int seasonWeeks, int minimumFitWeeks) {
        if (weeks < 1 || seasonWeeks < 2 || minimumFitWeeks < HoltWinters.minimumTrendLength()) {
            throw new IllegalArgumentException(
                    "weeks >= 1, season >= 2, minimum fit >= " + HoltWinters.minimumTrendLength());
        }
        this.weeks = weeks;
        this.seasonWeeks = seasonWeeks;
        this.minimumFitWeeks = minimumFitWeeks;
    }

    /** The fewest weeks of history a series needs to be forecast at all (with Holt's method). */
    int neededWeeks() {
        return weeks + minimumFitWeeks;
    }

    /** The model for a series of {@code length} weeks; null when it is too short. */
    ForecastModel modelFor(int length) {
        int fitted = length - weeks;
        if (fitted >= HoltWinters.minimumLength(seasonWeeks)) {
            return ForecastModel.HOLT_WINTERS;
        }
        return fitted >= minimumFitWeeks ? ForecastModel.HOLT : null;
    }

    /** The forecast and its back-test; null when the series is too short. */
    Outcome forecast(double[] series) {
        ForecastModel model = modelFor(series.length);
        if (model == null) {
            return null;
        }
        double[] history = Arrays.copyOf(series, series.length - weeks);
        double[] backTest = fit(model, history).forecast(weeks);
        double[] forecast = fit(model, series).forecast(weeks);
        double absoluteErrors = 0;
        double percentErrors = 0;
        int weeksWithCases = 0;
        for (int i = 0; i < weeks; i++) {
            double actual = series[history.length + i];
            double error = Math.abs(actual - backTest[i]);
            absoluteErrors += error;
            if (actual > 0) {
                percentErrors += error / actual;
                weeksWithCases++;
            }
        }
        return new Outcome(model, backTest, forecast, absoluteErrors / weeks,
                weeksWithCases == 0 ? null : percentErrors / weeksWithCases);
    }

    private HoltWinters.Fit fit(ForecastModel model, double[] series) {
        return model == ForecastModel.HOLT_WINTERS ? HoltWinters.fit(series, seasonWeeks)
                : HoltWinters.fitTrend(series);
    }
}
