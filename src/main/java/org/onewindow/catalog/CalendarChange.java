package org.onewindow.catalog;

import java.time.Instant;

/** A recorded change of the holiday calendar. */
public record CalendarChange(Instant changedAt, String changedBy, String action, String summary) {
}
