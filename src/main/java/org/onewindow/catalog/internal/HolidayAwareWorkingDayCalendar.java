package org.onewindow.catalog.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.DayKind;
import org.onewindow.catalog.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Working days are Monday to Friday, except public holidays, plus the weekend days officially worked.
 * The entries are cached in memory: reloaded at once after a change on this node, and at most a minute late
 * for a change made on another node of a cluster (all nodes share the database; no messaging needed).
 */
@Component
class HolidayAwareWorkingDayCalendar implements WorkingDayCalendar {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<Iterable<CalendarDay>> source;
    private volatile Snapshot snapshot;

    private record Snapshot(Map<LocalDate, DayKind> days, Instant loadedAt) {
    }

    @org.springframework.beans.factory.annotation.Autowired
    HolidayAwareWorkingDayCalendar(Clock clock, CalendarDayStore store) {
        this(clock, (Supplier<Iterable<CalendarDay>>) store::all);
    }

    HolidayAwareWorkingDayCalendar(Clock clock, Supplier<Iterable<CalendarDay>> source) {
        this.clock = clock;
        this.zone = clock.getZone();
        this.source = source;
    }

    /** Drops the cache, so that the next question reads the calendar again. */
    void reload() {
        snapshot = null;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = days().get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
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

    private Map<LocalDate, DayKind> days() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || current.loadedAt().plus(MAX_AGE).isBefore(now)) {
            Map<LocalDate, DayKind> loaded = new java.util.HashMap<>();
            source.get().forEach(day -> loaded.put(day.day(), day.kind()));
            current = new Snapshot(Map.copyOf(loaded), now);
            snapshot = current;
        }
        return current.days();
    }
}
