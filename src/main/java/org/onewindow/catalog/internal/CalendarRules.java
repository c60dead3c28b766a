package org.onewindow.catalog.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.onewindow.catalog.DayKind;
import org.onewindow.shared.i18n.Translations;

/** What a calendar entry must satisfy, whether typed in the screen or imported; problems in the request's language. */
final class CalendarRules {

    static final int MAX_NAME = 100;

    private CalendarRules() {
    }

    static String problem(LocalDate date, DayKind kind, String name) {
        if (date == null || kind == null) {
            return Translations.current("catalog.error.dateAndKind");
        }
        if (name == null || name.isBlank()) {
            return Translations.current("catalog.error.name.missing");
        }
        if (name.length() > MAX_NAME) {
            return Translations.current("catalog.error.name.tooLong", MAX_NAME);
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.WORKDAY && !weekend) {
            return Translations.current("catalog.error.notWeekend", date.toString(),
                    Translations.current("catalog.weekday." + date.getDayOfWeek().name()));
        }
        return null;
    }
}
