package org.onewindow.shared.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times, numbers and percentages as a reader of the given language writes them: "2026年11月28日 15:00"
 * or "Nov 28, 2026, 3:00 PM"; "83.3%" either way but with the locale's separators. Instants are shown in the
 * hall's time zone, wherever the reader is.
 */
public final class LocaleFormats {

    // Fixed patterns rather than the JDK's locale data, which changes between releases (a 12-hour clock for
    // Chinese in Java 17, a narrow space before "PM" in Java 21): the hall's papers use these.
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);
    private static final DateTimeFormatter CHINESE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm",
            Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a",
            Locale.ENGLISH);

    private LocaleFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dateFormat(locale).format(date);
    }

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : dateFormat(locale).withZone(zone).format(instant);
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? ""
                : (chinese(locale) ? CHINESE_DATE_TIME : ENGLISH_DATE_TIME).withZone(zone).format(instant);
    }

    /** A whole number with the locale's grouping: 12,345. */
    public static String integer(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(Translations.supported(locale)).format(value);
    }

    /** A decimal with exactly {@code digits} fraction digits; blank when there is no value. */
    public static String decimal(Double value, int digits, Locale locale) {
        if (value == null || value.isNaN()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Translations.supported(locale));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A share (0.833) as a percentage with {@code digits} fraction digits (83.3%); blank when there is none. */
    public static String percent(Double share, int digits, Locale locale) {
        if (share == null || share.isNaN()) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(Translations.supported(locale));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(share);
    }

    private static DateTimeFormatter dateFormat(Locale locale) {
        return chinese(locale) ? CHINESE_DATE : ENGLISH_DATE;
    }

    private static boolean chinese(Locale locale) {
        return Translations.supported(locale).equals(Translations.CHINESE);
    }
}
