package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {

    @Test
    void studentsIntervalFromTheSumsSqlGives() {
        // 4, 4, 5, 5, 3: mean 4.2, s = 0.8367, t(4; 0.975) = 2.7764, half-width 2.7764 * 0.8367 / sqrt(5) = 1.0389.
        MeanInterval.Interval interval = MeanInterval.of(5, 21, 91);
        assertThat(interval.mean()).isCloseTo(4.2, within(1e-12));
        assertThat(interval.low()).isCloseTo(3.1611, within(1e-4));
        assertThat(interval.high()).isCloseTo(5.2389, within(1e-4));
    }

    @Test
    void widerAtHigherConfidenceAndNarrowerWithMoreAnswers() {
        MeanInterval.Interval ninetyFive = MeanInterval.of(5, 21, 91);
        MeanInterval.Interval ninetyNine = MeanInterval.of(5, 21, 91, 0.99);
        assertThat(ninetyNine.high() - ninetyNine.low()).isGreaterThan(ninetyFive.high() - ninetyFive.low());
        // The same answers ten times over: the same mean, known far better.
        MeanInterval.Interval fifty = MeanInterval.of(50, 210, 910);
        assertThat(fifty.mean()).isCloseTo(4.2, within(1e-12));
        assertThat(fifty.high() - fifty.low()).isLessThan((ninetyFive.high() - ninetyFive.low()) / 3);
    }

    @Test
    void noIntervalBelowTwoAnswersAndNoWidthWithoutSpread() {
        assertThat(MeanInterval.of(0, 0, 0)).isNull();
        assertThat(MeanInterval.of(1, 4, 16)).isNull();
        MeanInterval.Interval same = MeanInterval.of(3, 9, 27);
        assertThat(same.low()).isEqualTo(3.0);
        assertThat(same.high()).isEqualTo(3.0);
        assertThatThrownBy(() -> MeanInterval.of(3, 9, 27, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
