package org.onewindow.catalog;

import java.time.LocalDate;

/** An entry of the holiday calendar. */
public record CalendarDay(LocalDate day, DayKind kind, String name) {

    /** The longest name of a day, as the calendar screen's field, its rules and the import count it. */
    public static final int MAX_NAME_LENGTH = 100;
}
