package org.onewindow.catalog.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.onewindow.catalog.DayKind;

/** What a calendar entry must satisfy, whether typed in the screen or imported. */
final class CalendarRules {

    static final int MAX_NAME = 100;

    private CalendarRules() {
    }

    static String problem(LocalDate date, DayKind kind, String name) {
        if (date == null || kind == null) {
            return "Give the date and whether it is a holiday or a make-up working day.";
        }
        if (name == null || name.isBlank()) {
            return "Give the day a name, e.g. National Day.";
        }
        if (name.length() > MAX_NAME) {
            return "The name is too long (at most " + MAX_NAME + " characters).";
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKDAY && !weekend) {
            return date + " is a " + date.getDayOfWeek().name().toLowerCase()
                    + ": only a Saturday or Sunday can be a make-up working day.";
        }
        return null;
    }
}
