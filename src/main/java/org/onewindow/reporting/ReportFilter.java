package org.onewindow.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.shared.InvalidInputException;

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

    /** @throws InvalidInputException with a message per field when the range cannot be reported */
    public ReportFilter validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) {
            errors.put("from", "Choose the first day of the report.");
        }
        if (to == null) {
            errors.put("to", "Choose the last day of the report.");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.put("to", "The last day must not be before the first day.");
            } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                errors.put("to", "A report covers at most three years.");
            }
        }
        if (channel != null && !channel.equals("WINDOW") && !channel.equals("ONLINE")) {
            errors.put("channel", "Unknown channel " + channel + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }
}
