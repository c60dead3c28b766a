package org.onewindow.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.DemandForecast;
import org.onewindow.reporting.ForecastModel;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.shared.i18n.Translations;

/** The forecast's note on history says what is true, also when there is no item to forecast. */
class ForecastSectionTest {

    private static final LocalDate LAST_WEEK = LocalDate.of(2026, 11, 16);
    private static final ReportTexts ENGLISH = ReportTexts.of(Translations.ENGLISH);
    private static final ReportTexts CHINESE = ReportTexts.of(Translations.CHINESE);

    @Test
    void withoutAnyCaseInTheHistoryItSaysSoAndHowMuchHistoryAnItemNeeds() {
        DemandForecast none = new DemandForecast(LAST_WEEK, 4, 52, 156, List.of(), List.of(), 12);

        assertThat(ForecastSection.historyNote(ENGLISH, none)).isEqualTo(
                "No forecast: no service item had a case in the 156 weeks of history up to 2026-W47. An item needs"
                        + " 12 weeks of history from its first case to be forecast.")
                .doesNotContain("enough history to forecast");
        assertThat(ForecastSection.historyNote(CHINESE, none))
                .isEqualTo("无法预测：截至2026年第47周的 156 周历史数据中，没有任何服务事项有办件。每个事项自首件办件起需有 12 周历史数据才能预测。");
    }

    @Test
    void namesTheItemsWithTooLittleHistoryWithTheWeeksTheyHaveAndNeed() {
        DemandForecast short_ = new DemandForecast(LAST_WEEK, 4, 52, 156, List.of(),
                List.of(new DemandForecast.NotEnoughHistory("AMR-003", "Company registration", 1, 2, 12)), 12);

        assertThat(ForecastSection.historyNote(ENGLISH, short_)).isEqualTo(
                "Not enough history to forecast (an item needs 12 weeks from its first case): Company registration"
                        + " (1 week).");
    }

    @Test
    void saysEveryItemHasEnoughOnlyWhenThereAreItemsForecast() {
        List<LocalDate> weeks = IntStream.range(0, 20).mapToObj(LAST_WEEK.minusWeeks(19)::plusWeeks).toList();
        DemandForecast.ItemForecast item = new DemandForecast.ItemForecast("HRSS-001", "Social security card",
                ForecastModel.HOLT, weeks, IntStream.range(0, 20).mapToObj(i -> 10L).toList(),
                List.of(10.0, 10.0, 10.0, 10.0), List.of(10.0, 10.0, 10.0, 10.0), 0, 0.0);
        DemandForecast enough = new DemandForecast(LAST_WEEK, 4, 52, 156, List.of(item), List.of(), 12);

        assertThat(ForecastSection.historyNote(ENGLISH, enough)).isEqualTo(
                "Every service item with cases in the history has enough of it to forecast (at least 12 weeks from its"
                        + " first case).");
    }
}
