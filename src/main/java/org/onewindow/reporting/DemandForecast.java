package org.onewindow.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The forecast of the next weeks' cases per service item from the weekly history up to the last whole week of
 * the range, and its error on past weeks: the last {@code weeks} weeks of history are held out, the model is fitted
 * on the weeks before, forecasts them, and is compared with what came (MAE, MAPE). The forecast itself is fitted on
 * the whole history.
 *
 * @param lastWeek        the first day (Monday) of the last week of history
 * @param weeks           the weeks forecast, and the weeks held out
 * @param seasonWeeks     the season of Holt-Winters
 * @param historyWeeks    the weeks of history read at most
 * @param items           the items with enough history, busiest first
 * @param notEnoughHistory the other items seen in the history
 * @param neededWeeks     the fewest weeks of history, from its first case, an item needs to be forecast
 */
public record DemandForecast(LocalDate lastWeek, int weeks, int seasonWeeks, int historyWeeks,
        List<ItemForecast> items, List<NotEnoughHistory> notEnoughHistory, int neededWeeks) {

    public DemandForecast {
        items = List.copyOf(items);
        notEnoughHistory = List.copyOf(notEnoughHistory);
    }

    /**
     * One item's forecast.
     *
     * @param weekStarts the Mondays of its history, from its first week with a case to {@link #lastWeek()}
     * @param actual     cases per week of its history
     * @param backTest   the forecast of the last {@code weeks} weeks of history by the model fitted on the rest
     * @param forecast   the next {@code weeks} weeks, from the week after {@link #lastWeek()}
     * @param mae        mean absolute error of the back-test, in cases a week
     * @param mape       mean absolute percentage error of the back-test over the weeks that had cases (0..1);
     *                   null when none had
     */
    public record ItemForecast(String code, String name, ForecastModel model, List<LocalDate> weekStarts,
            List<Long> actual, List<Double> backTest, List<Double> forecast, double mae, Double mape) {

        public ItemForecast {
            weekStarts = List.copyOf(weekStarts);
            actual = List.copyOf(actual);
            backTest = List.copyOf(backTest);
            forecast = List.copyOf(forecast);
        }

        public int historyWeeks() {
            return actual.size();
        }

        /** The Mondays of the forecast weeks. */
        public List<LocalDate> forecastWeeks() {
            LocalDate last = weekStarts.get(weekStarts.size() - 1);
            return java.util.stream.IntStream.rangeClosed(1, forecast.size()).mapToObj(last::plusWeeks).toList();
        }

        public double forecastTotal() {
            return forecast.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * An item whose history is too short to forecast and measure: {@code historyWeeks} weeks from its first case,
     * fewer than {@code neededWeeks}.
     */
    public record NotEnoughHistory(String code, String name, int historyWeeks, long cases, int neededWeeks) {
    }
}
