package org.onewindow.catalog.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.CalendarDayField;
import org.onewindow.catalog.DayKind;
import org.onewindow.shared.i18n.Translations;

/** What a calendar entry must satisfy, whether typed in the screen or imported; problems in the request's language. */
final class CalendarRules {

    private CalendarRules() {
    }

    /** Every problem of the entry by field, in the order a person reads the form; empty when it may be added. */
    static Map<CalendarDayField, String> problems(LocalDate date, DayKind kind, String name) {
        Map<CalendarDayField, String> problems = new LinkedHashMap<>();
        if (date == null) {
            problems.put(CalendarDayField.DAY, Translations.current("catalog.error.dateAndKind"));
        }
        if (kind == null) {
            problems.put(CalendarDayField.KIND, Translations.current("catalog.error.dateAndKind"));
        }
        if (name == null || name.isBlank()) {
            problems.put(CalendarDayField.NAME, Translations.current("catalog.error.name.missing"));
        } else if (name.length() > CalendarDay.MAX_NAME_LENGTH) {
            problems.put(CalendarDayField.NAME, Translations.current("catalog.error.name.tooLong",
                    CalendarDay.MAX_NAME_LENGTH));
        }
        if (date != null && kind == DayKind.WORKDAY) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend) {
                problems.put(CalendarDayField.DAY, Translations.current("catalog.error.notWeekend", date.toString(),
                        Translations.current("catalog.weekday." + date.getDayOfWeek().name())));
            }
        }
        return problems;
    }

    /** The first problem of the entry, for a line of an import; {@code null} when it may be added. */
    static String problem(LocalDate date, DayKind kind, String name) {
        return problems(date, kind, name).values().stream().findFirst().orElse(null);
    }
}
