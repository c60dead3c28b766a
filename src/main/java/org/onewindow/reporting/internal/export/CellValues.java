package org.onewindow.reporting.internal.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * What kind of cell a value makes, the same for CSV and XLSX: numbers stay numbers, dates and instants become
 * local date-times of the hall (a spreadsheet has no time zones, and managers read hall time).
 */
final class CellValues {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    CellValues(ZoneId zone) {
        this.zone = zone;
    }

    /** A number as exact decimal text, or null if the value is not a finite number. */
    static String numberText(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof BigInteger || value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof java.util.concurrent.atomic.AtomicInteger
                || value instanceof java.util.concurrent.atomic.AtomicLong) {
            return value.toString();
        }
        if (value instanceof Float f) {
            return Float.isFinite(f) ? new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString() : null;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            // Shortest decimal that reads back as the same double, never in E notation.
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : null;
        }
        return null;
    }

    /** Whether the value is written as a number cell (NaN and infinities are left empty). */
    static boolean isNumber(Object value) {
        return value instanceof Number && numberText(value) != null;
    }

    /** The value as a date without time, or null. */
    static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : null;
    }

    /** The value as a local date-time of the hall, or null if it is not a moment. */
    LocalDateTime dateTime(Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime offset) {
            return LocalDateTime.ofInstant(offset.toInstant(), zone);
        }
        if (value instanceof Date date) {
            return LocalDateTime.ofInstant(date.toInstant(), zone);
        }
        return null;
    }

    /** Whether the value is written as text (its {@code toString()}), not as a number, date or empty cell. */
    boolean isText(Object value) {
        return value != null && !(value instanceof Number) && !(value instanceof Boolean)
                && !(value instanceof Figure) && date(value) == null && dateTime(value) == null;
    }

    /** The value as it reads in a text file. */
    String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            String number = numberText(value);
            return number == null ? "" : number;
        }
        if (value instanceof Figure figure) {
            return figure.text();
        }
        LocalDate date = date(value);
        if (date != null) {
            return DATE.format(date);
        }
        LocalDateTime dateTime = dateTime(value);
        if (dateTime != null) {
            return DATE_TIME.format(dateTime);
        }
        return value.toString();
    }
}
