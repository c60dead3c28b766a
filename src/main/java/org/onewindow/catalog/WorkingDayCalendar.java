package org.onewindow.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Counts deadlines in working days, in the hall's time zone. "Two working days" means the end of the
 * second working day after the day of the start, never 48 hours.
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The date that is {@code workingDays} working days after {@code start} (start itself not counted). */
    LocalDate addWorkingDays(LocalDate start, int workingDays);

    /** The last instant of the working day that is {@code workingDays} working days after {@code start}. */
    Instant deadline(Instant start, int workingDays);

    /**
     * Working days from {@code from} to {@code to}, counted as deadlines are: {@code from} itself not counted,
     * {@code to} counted. Zero for the same day. Returned Monday and brought Wednesday: two.
     */
    default int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
