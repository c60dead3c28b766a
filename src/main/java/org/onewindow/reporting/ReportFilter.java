package org.onewindow.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/**
 * What a report covers: hall-local dates (both included) and optionally one lead department, one service
 * item and one intake channel ({@code WINDOW} or {@code ONLINE}). Null means all.
 */
public record ReportFilter(LocalDate from, LocalDate to, String departmentCode, String serviceItemCode,
        String channel) {

    /** Reports aggregate at most this many days at once; longer ranges belong in an export per year. */
    public static final int MAX_DAYS = 3 * 366;

    public static ReportFilter of(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, null, null, null);
    }

    /**
     * @throws InvalidInputException with a message per field, in the language of the request, when the range
     *         cannot be reported
     */
    public ReportFilter validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) {
            errors.put("from", Translations.current("reporting.filter.error.fromMissing"));
        }
        if (to == null) {
            errors.put("to", Translations.current("reporting.filter.error.toMissing"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.put("to", Translations.current("reporting.filter.error.toBeforeFrom"));
            } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                errors.put("to", Translations.current("reporting.filter.error.tooLong"));
            }
        }
        if (channel != null && !channel.equals("WINDOW") && !channel.equals("ONLINE")) {
            errors.put("channel", Translations.current("reporting.filter.error.channel", channel));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }
}
