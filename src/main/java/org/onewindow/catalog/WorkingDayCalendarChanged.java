package org.onewindow.catalog;

import java.time.LocalDate;

/**
 * The holiday calendar changed between these days: deadlines of open cases and steps must be counted again.
 * Published inside the transaction of the change.
 */
public record WorkingDayCalendarChanged(LocalDate from, LocalDate to, String changedBy) {
}
