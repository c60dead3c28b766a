package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.internal.stats.WilsonInterval.Interval;

class WilsonIntervalTest {

    /**
     * The worked examples of R. G. Newcombe, "Two-sided confidence intervals for the single proportion:
     * comparison of seven methods", Statistics in Medicine 17 (1998) 857-872, Table II, method 3 (Wilson score
     * interval without continuity correction), published to four decimals.
     */
    @Test
    void matchesNewcombesPublishedExamples() {
        assertInterval(WilsonInterval.of(81, 263), 0.2553, 0.3662);
        assertInterval(WilsonInterval.of(15, 148), 0.0624, 0.1605);
        assertInterval(WilsonInterval.of(0, 20), 0.0000, 0.1611);
        assertInterval(WilsonInterval.of(1, 29), 0.0061, 0.1718);
    }

    @Test
    void staysWithinZeroAndOneAtTheExtremes() {
        Interval none = WilsonInterval.of(0, 3);
        Interval all = WilsonInterval.of(3, 3);
        assertThat(none.low()).isZero();
        assertThat(all.high()).isEqualTo(1.0);
        // Three of three is not proof of perfection: the interval is wide.
        assertThat(all.low()).isCloseTo(0.4385, within(1e-4));
    }

    @Test
    void widensWithTheConfidenceLevel() {
        Interval ninetyNine = WilsonInterval.of(81, 263, 0.99);
        Interval ninetyFive = WilsonInterval.of(81, 263);
        assertThat(ninetyNine.low()).isLessThan(ninetyFive.low());
        assertThat(ninetyNine.high()).isGreaterThan(ninetyFive.high());
        // The score formula itself at z = 2.5758 (two-sided 99%).
        double z = 2.5758293035489;
        double p = 81.0 / 263;
        double n = 263;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
        assertInterval(ninetyNine, centre - half, centre + half);
    }

    @Test
    void refusesWhatHasNoInterval() {
        assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n = 0");
        assertThatThrownBy(() -> WilsonInterval.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(1, 4, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInterval(Interval interval, double low, double high) {
        assertThat(interval.low()).isCloseTo(low, within(0.00005));
        assertThat(interval.high()).isCloseTo(high, within(0.00005));
    }
}
