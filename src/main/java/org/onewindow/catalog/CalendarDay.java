package org.onewindow.catalog;

import java.time.LocalDate;

/** An entry of the holiday calendar. */
public record CalendarDay(LocalDate day, DayKind kind, String name) {
}
