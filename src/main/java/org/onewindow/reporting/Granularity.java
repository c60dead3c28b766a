package org.onewindow.reporting;

/** How a trend groups the days of a report. */
public enum Granularity {
    WEEK, MONTH
}
