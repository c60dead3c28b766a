package org.onewindow.catalog.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.DayKind;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/**
 * Reads a year of the holiday calendar from CSV records {@code date,kind,name} (RFC 4180, so a quoted name may hold
 * a comma); a header line, blank lines and lines starting with '#' are allowed.
 */
final class CalendarCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#').setIgnoreSurroundingSpaces(true).setTrim(true).get();

    private CalendarCsv() {
    }

    static List<CalendarDay> parse(int year, Reader reader) {
        List<CalendarDay> days = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        try (reader) {
            // Spreadsheet programs often save CSV with a byte-order mark in front of the first line. A calendar is
            // at most a few hundred lines, so it is read whole: errors name the line a record starts on.
            StringWriter content = new StringWriter();
            reader.transferTo(content);
            String text = content.toString().replaceFirst("^\uFEFF", "");
            LineNumbers lines = new LineNumbers(text);
            try (CSVParser records = CSVParser.parse(text, FORMAT)) {
                for (CSVRecord record : records) {
                    int number = lines.of(record.getCharacterPosition());
                    String problem = skipped(record, number) ? null : add(year, record, days);
                    if (problem != null) {
                        errors.put("line " + number, problem);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            errors.put("file", Translations.current("catalog.error.csv.unreadable", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return days;
    }

    /** Blank lines, comments indented by spaces, and a header on the first line. */
    private static boolean skipped(CSVRecord record, int number) {
        String first = record.get(0);
        return record.stream().allMatch(String::isEmpty) || first.startsWith("#")
                || (number == 1 && first.equalsIgnoreCase("date") && record.size() > 1);
    }

    /** Adds the record's day, or says why it cannot be added. */
    private static String add(int year, CSVRecord record, List<CalendarDay> days) {
        if (record.size() < 3) {
            return Translations.current("catalog.error.csv.fields");
        }
        // An unquoted comma in the name was always read as part of it; it still is.
        String name = String.join(",", record.toList().subList(2, record.size())).strip();
        if (name.isEmpty()) {
            return Translations.current("catalog.error.csv.fields");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(record.get(0));
        } catch (DateTimeParseException e) {
            return Translations.current("catalog.error.csv.date", record.get(0));
        }
        DayKind kind;
        try {
            kind = DayKind.valueOf(record.get(1).toUpperCase());
        } catch (IllegalArgumentException e) {
            return Translations.current("catalog.error.csv.kind", record.get(1));
        }
        String problem = CalendarRules.problem(date, kind, name);
        if (date.getYear() != year) {
            problem = Translations.current("catalog.error.csv.otherYear", date.toString(), year);
        }
        if (problem != null) {
            return problem;
        }
        if (days.stream().anyMatch(day -> day.day().equals(date))) {
            return Translations.current("catalog.error.csv.twice", date.toString());
        }
        days.add(new CalendarDay(date, kind, name));
        return null;
    }

    /**
     * Line numbers (from 1) of records in a text with CRLF, LF or CR line ends. The parser gives a record the
     * position where it began reading it, which is before the empty and comment lines it skipped on the way.
     */
    private static final class LineNumbers {

        private final String text;
        private final List<Integer> starts = new ArrayList<>(List.of(0));

        LineNumbers(String text) {
            this.text = text;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        int of(long position) {
            int line = 0;
            while (line + 1 < starts.size() && starts.get(line + 1) <= position) {
                line++;
            }
            while (line + 1 < starts.size() && skippedByTheParser(line)) {
                line++;
            }
            return line + 1;
        }

        private boolean skippedByTheParser(int line) {
            int start = starts.get(line);
            char first = start < text.length() ? text.charAt(start) : '\n';
            return first == '\n' || first == '\r' || first == '#';
        }
    }
}
