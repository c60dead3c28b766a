package org.onewindow.reporting.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void writesNumbersTheSameWayWhateverTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma, dot for thousands
            assertThat(ValueFormat.percent(1).format(0.8534)).isEqualTo("85.3%");
            assertThat(ValueFormat.count().format(12345)).isEqualTo("12,345");
            assertThat(ValueFormat.decimal(1, " d").format(3.25)).isEqualTo("3.3 d");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void missingIsADashAndTinyNegativesAreNotMinusZero() {
        assertThat(ValueFormat.count().format(Double.NaN)).isEqualTo("\u2013");
        assertThat(ValueFormat.decimal(1, "").format(-0.01)).isEqualTo("0.0");
    }

    @Test
    void ticksUseNoMoreDecimalsThanTheirStepNeeds() {
        assertThat(ValueFormat.percent(1).forTicks(0.2).format(0.4)).isEqualTo("40%");
        assertThat(ValueFormat.percent(1).forTicks(0.005).format(0.955)).isEqualTo("95.5%");
        assertThat(ValueFormat.decimal(2, "").forTicks(0.5).format(3.5)).isEqualTo("3.5");
        assertThat(ValueFormat.count().forTicks(0.5).format(3)).isEqualTo("3"); // never more than the format has
    }

    @Test
    void ticksAreNiceAndCoverTheData() {
        Ticks ticks = Ticks.covering(0, 1234, 5, 1);
        assertThat(ticks.values()).containsExactly(0.0, 500.0, 1000.0, 1500.0);
        assertThat(Ticks.covering(0, 3, 5, 1).values()).containsExactly(0.0, 1.0, 2.0, 3.0); // counts: whole steps
        assertThat(Ticks.covering(0.948, 0.971, 5, 0.001).values()).containsExactly(0.945, 0.95, 0.955, 0.96, 0.965,
                0.97, 0.975);
        assertThat(Ticks.covering(-30, 1234, 5, 1).low()).isEqualTo(-500.0);
        assertThat(Ticks.covering(0, 0, 5, 1).values()).containsExactly(0.0, 1.0); // nothing but zero still gets an axis
    }
}
