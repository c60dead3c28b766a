package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.stats.ChiSquareComparison.Result;
import org.onewindow.reporting.internal.stats.ChiSquareComparison.Verdict;

class ChiSquareComparisonTest {

    @Test
    void handComputedTableWithoutASignificantDifference() {
        // Ratings 1..5 at the window kiosk and on private channels, 100 answers each.
        long[] kiosk = { 2, 3, 10, 30, 55 };
        long[] privateChannels = { 8, 7, 15, 30, 40 };
        // Expected counts are half of each column total: 5, 5, 12.5, 30, 47.5 (none below 5).
        // chi2 = 2*(9/5) + 2*(4/5) + 2*(6.25/12.5) + 0 + 2*(56.25/47.5) = 3.6 + 1.6 + 1.0 + 2.368421 = 8.568421
        // With 4 degrees of freedom the upper tail is exp(-x/2) * (1 + x/2) = 0.07284.
        Result result = ChiSquareComparison.compare(kiosk, privateChannels);

        assertThat(result.statistic()).isCloseTo(8.568421052631579, within(1e-9));
        assertThat(result.degreesOfFreedom()).isEqualTo(4);
        double x = result.statistic();
        assertThat(result.pValue()).isCloseTo(Math.exp(-x / 2) * (1 + x / 2), within(1e-9)).isCloseTo(0.07284,
                within(1e-5));
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_SIGNIFICANT);
        assertThat(result.reliable()).isTrue();
        assertThat(result.significant()).isFalse();
        assertThat(result.shareOfSmallExpectedCounts()).isZero();
    }

    @Test
    void dropsLevelsNobodyChoseAndFindsTheDifference() {
        long[] kiosk = { 0, 0, 10, 20, 70 };
        long[] privateChannels = { 0, 0, 30, 30, 40 };
        // Expected 20, 25, 55 in each row; chi2 = 2*(100/20) + 2*(25/25) + 2*(225/55) = 20.181818;
        // 2 degrees of freedom: p = exp(-x/2) = 4.1455e-5.
        Result result = ChiSquareComparison.compare(kiosk, privateChannels);

        assertThat(result.levelsCompared()).containsExactly(2, 3, 4);
        assertThat(result.degreesOfFreedom()).isEqualTo(2);
        assertThat(result.statistic()).isCloseTo(20.181818181818, within(1e-9));
        assertThat(result.pValue()).isCloseTo(Math.exp(-20.181818181818 / 2), within(1e-12));
        assertThat(result.verdict()).isEqualTo(Verdict.SIGNIFICANT);
    }

    @Test
    void saysItIsNotReliableRatherThanGiveAPValueForFewAnswers() {
        Result result = ChiSquareComparison.compare(new long[] { 1, 0, 2, 3, 4 }, new long[] { 0, 1, 1, 2, 6 });
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_RELIABLE);
        assertThat(result.pValue()).isNaN();
        assertThat(result.significant()).isFalse();
        assertThat(result.shareOfSmallExpectedCounts()).isGreaterThan(0.2);
    }

    @Test
    void twentyPercentOfSmallCellsIsStillAcceptable() {
        // Column totals 8, 40, 40, 40, 72 over rows of 100: the first column expects 4 and 4, 2 of 10 cells.
        Result result = ChiSquareComparison.compare(new long[] { 3, 20, 20, 20, 37 }, new long[] { 5, 20, 20, 20, 35 });
        assertThat(result.shareOfSmallExpectedCounts()).isEqualTo(0.2);
        assertThat(result.reliable()).isTrue();
        assertThat(result.pValue()).isBetween(0.0, 1.0);
    }

    @Test
    void anExpectedCountBelowOneIsNotReliableEither() {
        // 1000 answers each, one citizen gave a 1: expected 0.5 and 0.5 in 2 of 10 cells.
        Result result = ChiSquareComparison.compare(new long[] { 1, 100, 200, 300, 399 },
                new long[] { 0, 100, 200, 300, 400 });
        assertThat(result.shareOfSmallExpectedCounts()).isEqualTo(0.2);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_RELIABLE);
    }

    @Test
    void nothingToCompareWithoutAnswersOrWithOneLevel() {
        assertThat(ChiSquareComparison.compare(new long[5], new long[] { 1, 2, 3, 4, 5 }).verdict())
                .isEqualTo(Verdict.NOT_TESTABLE);
        Result allFives = ChiSquareComparison.compare(new long[] { 0, 0, 0, 0, 40 }, new long[] { 0, 0, 0, 0, 60 });
        assertThat(allFives.verdict()).isEqualTo(Verdict.NOT_TESTABLE);
        assertThat(allFives.pValue()).isNaN();
        assertThatThrownBy(() -> ChiSquareComparison.compare(new long[] { 1, 2 }, new long[] { 1, 2, 3 }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChiSquareComparison.compare(new long[] { 1, -2 }, new long[] { 1, 2 }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
