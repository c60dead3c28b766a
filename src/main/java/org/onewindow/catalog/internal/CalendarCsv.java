package org.onewindow.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.DayKind;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/** Reads a year of the holiday calendar from CSV lines {@code date,kind,name}; a header line is allowed. */
final class CalendarCsv {

    private CalendarCsv() {
    }

    static List<CalendarDay> parse(int year, Reader reader) {
        List<CalendarDay> days = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                // Spreadsheet programs often save CSV with a byte-order mark in front of the first line.
                String text = (number == 1 ? line.replace("\uFEFF", "") : line).strip();
                if (text.isEmpty() || text.startsWith("#") || (number == 1 && text.toLowerCase().startsWith("date,"))) {
                    continue;
                }
                String[] fields = text.split(",", 3);
                String key = "line " + number;
                if (fields.length < 3 || fields[2].isBlank()) {
                    errors.put(key, Translations.current("catalog.error.csv.fields"));
                    continue;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(fields[0].strip());
                } catch (DateTimeParseException e) {
                    errors.put(key, Translations.current("catalog.error.csv.date", fields[0].strip()));
                    continue;
                }
                DayKind kind;
                try {
                    kind = DayKind.valueOf(fields[1].strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    errors.put(key, Translations.current("catalog.error.csv.kind", fields[1].strip()));
                    continue;
                }
                String problem = CalendarRules.problem(date, kind, fields[2].strip());
                if (date.getYear() != year) {
                    problem = Translations.current("catalog.error.csv.otherYear", date.toString(), year);
                }
                if (problem != null) {
                    errors.put(key, problem);
                    continue;
                }
                if (days.stream().anyMatch(day -> day.day().equals(date))) {
                    errors.put(key, Translations.current("catalog.error.csv.twice", date.toString()));
                    continue;
                }
                days.add(new CalendarDay(date, kind, fields[2].strip()));
            }
        } catch (IOException e) {
            errors.put("file", Translations.current("catalog.error.csv.unreadable", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return days;
    }
}
