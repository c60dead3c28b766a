package org.onewindow.reporting.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Checked against published Erlang tables and the textbook worked example, and against closed forms. */
class ErlangCTest {

    @Test
    void theWorkedCallCentreExample() {
        // The widely published worked example of Erlang C: 360 calls per half hour, 4-minute calls, 55 agents,
        // a 15-second target: 48 erlangs, Erlang C 0.2387, average speed of answer 8.2 s, service level 84.6%.
        double perHour = 720;
        double minutes = 4;
        assertThat(ErlangC.load(perHour, minutes)).isEqualTo(48.0);
        assertThat(ErlangC.probabilityOfWaiting(55, 48)).isCloseTo(0.2387, within(0.00005));
        assertThat(ErlangC.meanWaitMinutes(55, perHour, minutes) * 60).isCloseTo(8.2, within(0.05));
        assertThat(ErlangC.servedWithin(55, perHour, minutes, 0.25)).isCloseTo(0.846, within(0.0005));
    }

    @Test
    void tableValuesForTenErlangs() {
        // Erlang C tables for A = 10 erlangs: N = 11, 12, 13 servers.
        assertThat(ErlangC.probabilityOfWaiting(11, 10)).isCloseTo(0.6821, within(0.00005));
        assertThat(ErlangC.probabilityOfWaiting(12, 10)).isCloseTo(0.4494, within(0.00005));
        assertThat(ErlangC.probabilityOfWaiting(13, 10)).isCloseTo(0.2853, within(0.00005));
    }

    @Test
    void closedFormsForOneAndTwoWindows() {
        // One window: the chance of waiting is its utilisation; two windows at one erlang: exactly 1/3.
        assertThat(ErlangC.probabilityOfWaiting(1, 0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(ErlangC.probabilityOfWaiting(2, 1)).isCloseTo(1.0 / 3, within(1e-12));
        // M/M/1: Wq = rho / (mu - lambda); 30 an hour, 1.5 minutes each: rho 0.75, wait 4.5 minutes.
        assertThat(ErlangC.meanWaitMinutes(1, 30, 1.5)).isCloseTo(4.5, within(1e-9));
    }

    @Test
    void windowsNeededIsTheFewestThatMeetTheTarget() {
        // 100 citizens an hour, 6 minutes each: 10 erlangs. 11 windows wait 6·0.6821/1 = 4.1 min, 12 wait
        // 6·0.4494/2 = 1.35 min, 13 wait 6·0.2853/3 = 0.57 min.
        assertThat(ErlangC.windowsNeeded(100, 6, 5)).isEqualTo(11);
        assertThat(ErlangC.windowsNeeded(100, 6, 2)).isEqualTo(12);
        assertThat(ErlangC.windowsNeeded(100, 6, 1)).isEqualTo(13);
        assertThat(ErlangC.windowsNeeded(0, 6, 1)).isZero();
        assertThat(ErlangC.windowsNeeded(2, 6, 10)).isEqualTo(1);
    }

    @Test
    void tooFewWindowsNeverCatchUp() {
        assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1.0);
        assertThat(ErlangC.meanWaitMinutes(10, 100, 6)).isInfinite();
        assertThat(ErlangC.servedWithin(9, 100, 6, 5)).isZero();
    }
}
