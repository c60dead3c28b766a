package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WeekendWorkingDayCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final WeekendWorkingDayCalendar calendar =
            new WeekendWorkingDayCalendar(Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), SHANGHAI));

    @Test
    void skipsTheWeekend() {
        // Friday 2026-11-27 + 2 working days = Tuesday 2026-12-01.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 2)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void countsFromASaturdayAsFromTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void crossesTheYearBoundary() {
        // Wednesday 2026-12-30 + 3 working days = Monday 2027-01-04.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 3)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void deadlineIsTheEndOfTheLastWorkingDayInTheHall() {
        // Accepted Friday 2026-11-27 at 23:30 in Shanghai (15:30 UTC): two working days end Tuesday 23:59:59 local.
        Instant accepted = Instant.parse("2026-11-27T15:30:00Z");
        assertThat(calendar.deadline(accepted, 2)).isEqualTo(Instant.parse("2026-12-01T15:59:59Z"));
    }

    @Test
    void deadlineUsesTheHallsDateNotUtcs() {
        // 2026-11-27T17:00Z is already Saturday 01:00 in Shanghai: one working day ends Monday.
        assertThat(calendar.deadline(Instant.parse("2026-11-27T17:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-11-30T15:59:59Z"));
    }

    @Test
    void refusesNegativeDays() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 11, 27), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
