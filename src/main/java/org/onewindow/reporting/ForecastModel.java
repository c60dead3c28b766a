package org.onewindow.reporting;

/**
 * How a service item's weekly cases are forecast: Holt-Winters (level, trend and a yearly season) when the history
 * holds two whole seasons besides the weeks held out to measure the error, else Holt's linear trend method (level
 * and trend, no season).
 */
public enum ForecastModel {
    HOLT_WINTERS, HOLT
}
