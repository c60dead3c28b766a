package org.onewindow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.PublicResults;

/** The too-few rule at its boundary, the rates of a row, and the settings' limits. */
class PublicResultsFiguresTest {

    @Test
    void fromTheMinimumOnARowHasItsRatesAndBadReviews() {
        PublicResults.Figures enough = PublicResultsQueries.figures(25, 20, 18, 2, 1, 20);
        assertThat(enough.enough()).isTrue();
        assertThat(enough.evaluationRate()).isCloseTo(0.8, within(1e-12));
        assertThat(enough.goodRate()).isCloseTo(0.9, within(1e-12));
        // Wilson's 95% interval of 18 of 20.
        assertThat(enough.goodLow()).isCloseTo(0.6990, within(1e-4));
        assertThat(enough.goodHigh()).isCloseTo(0.9721, within(1e-4));
        assertThat(enough.badReviews()).isEqualTo(2);
        assertThat(enough.rectifiedOnTime()).isEqualTo(1);
    }

    @Test
    void belowTheMinimumOnlyTheCountsAreGiven() {
        PublicResults.Figures tooFew = PublicResultsQueries.figures(25, 19, 17, 2, 1, 20);
        assertThat(tooFew.enough()).isFalse();
        assertThat(tooFew.evaluations()).isEqualTo(19);
        assertThat(tooFew.closedCases()).isEqualTo(25);
        assertThat(tooFew.evaluationRate()).isNull();
        assertThat(tooFew.goodRate()).isNull();
        assertThat(tooFew.goodLow()).isNull();
        assertThat(tooFew.goodHigh()).isNull();
        assertThat(tooFew.badReviews()).isNull();
        assertThat(tooFew.rectifiedOnTime()).isNull();
    }

    @Test
    void evaluationsOfCasesClosedBeforeThePeriodGiveNoEvaluationRateWithoutClosedCases() {
        PublicResults.Figures figures = PublicResultsQueries.figures(0, 1, 1, 0, 0, 1);
        assertThat(figures.enough()).isTrue();
        assertThat(figures.evaluationRate()).isNull();
        assertThat(figures.goodRate()).isEqualTo(1.0);
    }

    @Test
    void theSettingsRefuseAMinimumBelowOneAndARefreshFasterThanTenSeconds() {
        assertThat(new PublicResultsProperties(20, Duration.ofMinutes(5)).minEvaluations()).isEqualTo(20);
        assertThatThrownBy(() -> new PublicResultsProperties(0, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min-evaluations");
        assertThatThrownBy(() -> new PublicResultsProperties(20, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refresh-interval");
    }
}
