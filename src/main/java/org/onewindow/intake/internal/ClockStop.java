package org.onewindow.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.onewindow.catalog.WorkingDayCalendar;

/**
 * The legal clock stops while a case waits for the citizen's materials. The days it waited are the working
 * days after the day it was returned, up to and including the day the materials came: returned Monday,
 * brought Wednesday, two days waited; brought the same day, none.
 */
final class ClockStop {

    private ClockStop() {
    }

    static int waitedWorkingDays(WorkingDayCalendar calendar, ZoneId zone, Instant returnedAt, Instant resumedAt) {
        return calendar.workingDaysBetween(returnedAt.atZone(zone).toLocalDate(), resumedAt.atZone(zone).toLocalDate());
    }

    /** The due date moved out by the working days waited; still the end of a working day in the hall. */
    static Instant extendedDue(WorkingDayCalendar calendar, ZoneId zone, Instant due, int waitedWorkingDays) {
        if (waitedWorkingDays == 0) {
            return due;
        }
        LocalDate dueDay = due.atZone(zone).toLocalDate();
        LocalDate newDay = calendar.addWorkingDays(dueDay, waitedWorkingDays);
        return newDay.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant();
    }
}
