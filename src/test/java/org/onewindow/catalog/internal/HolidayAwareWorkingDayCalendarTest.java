package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.DayKind;
import org.onewindow.support.MutableClock;

class HolidayAwareWorkingDayCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final MutableClock clock = new MutableClock(SHANGHAI);
    private final List<CalendarDay> days = new ArrayList<>(List.of(
            // National Day 2026: 1-7 October off, Sunday 20 September and Saturday 10 October worked.
            holiday("2026-10-01"), holiday("2026-10-02"), holiday("2026-10-05"), holiday("2026-10-06"),
            holiday("2026-10-07"), workday("2026-09-20"), workday("2026-10-10"),
            holiday("2027-01-01")));
    private final HolidayAwareWorkingDayCalendar calendar = new HolidayAwareWorkingDayCalendar(clock, () -> days);

    @Test
    void holidayOnAFridayIsNotAWorkingDay() {
        // Wednesday 2026-09-30 + 1 working day: Thursday to Wednesday are National Day, so Thursday 2026-10-08.
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void makeUpSaturdayCountsAsAWorkingDay() {
        // Friday 2026-10-09 + 1 = Saturday 2026-10-10, an official working day.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
    }

    @Test
    void newYearHolidayAcrossTheYearBoundary() {
        // Thursday 2026-12-31 + 1: Friday 2027-01-01 is New Year's Day, so Monday 2027-01-04.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void holidayAddedLaterPushesTheDeadlineOut() {
        LocalDate before = calendar.addWorkingDays(LocalDate.of(2026, 12, 7), 3);
        days.add(holiday("2026-12-09"));
        calendar.reload();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 7), 3)).isEqualTo(before.plusDays(1));
    }

    @Test
    void aChangeFromAnotherNodeIsSeenOnceTheCacheIsAMinuteOldByTheInjectedClock() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 9))).isTrue();
        days.add(holiday("2026-12-09")); // written by another node: no reload() here
        clock.advance(Duration.ofSeconds(50));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 9))).isTrue();
        clock.advance(Duration.ofSeconds(11));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 9))).isFalse();
    }

    private static CalendarDay holiday(String date) {
        return new CalendarDay(LocalDate.parse(date), DayKind.HOLIDAY, "Holiday");
    }

    private static CalendarDay workday(String date) {
        return new CalendarDay(LocalDate.parse(date), DayKind.WORKDAY, "Make-up working day");
    }

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
        // Wednesday 2026-12-30 + 3 working days: Thursday, (Friday is New Year's Day), Monday, Tuesday 2027-01-05.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 3)).isEqualTo(LocalDate.of(2027, 1, 5));
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
