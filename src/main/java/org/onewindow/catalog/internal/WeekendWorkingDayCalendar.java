package org.onewindow.catalog.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.onewindow.catalog.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** Working days are Monday to Friday. Public holidays and make-up working days come with the holiday calendar. */
@Component
class WeekendWorkingDayCalendar implements WorkingDayCalendar {

    private final ZoneId zone;

    WeekendWorkingDayCalendar(Clock clock) {
        this.zone = clock.getZone();
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    @Override
    public Instant deadline(Instant start, int workingDays) {
        LocalDate day = addWorkingDays(start.atZone(zone).toLocalDate(), workingDays);
        // The deadline is the end of that day in the hall: the first instant of the next day, minus one second.
        return day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant();
    }
}
