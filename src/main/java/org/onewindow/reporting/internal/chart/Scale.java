package org.onewindow.reporting.internal.chart;

/** A linear map from data values to drawing coordinates. */
record Scale(double domainLow, double domainHigh, double rangeLow, double rangeHigh) {

    static Scale of(Ticks ticks, double rangeLow, double rangeHigh) {
        return new Scale(ticks.low(), ticks.high(), rangeLow, rangeHigh);
    }

    double map(double value) {
        return rangeLow + (value - domainLow) / (domainHigh - domainLow) * (rangeHigh - rangeLow);
    }
}
