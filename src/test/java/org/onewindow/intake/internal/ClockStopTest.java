package org.onewindow.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.WorkingDayCalendar;

class ClockStopTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Weekends off, and 2026-12-02 (a Wednesday) declared a holiday for the test. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek().getValue() < 6 && !date.equals(LocalDate.of(2026, 12, 2));
        }

        @Override
        public LocalDate addWorkingDays(LocalDate start, int workingDays) {
            LocalDate date = start;
            for (int counted = 0; counted < workingDays;) {
                date = date.plusDays(1);
                if (isWorkingDay(date)) {
                    counted++;
                }
            }
            return date;
        }

        @Override
        public Instant deadline(Instant start, int workingDays) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void broughtTheSameDayWaitsNothing() {
        assertThat(ClockStop.waitedWorkingDays(calendar, SHANGHAI, at("2026-11-30T09:00"), at("2026-11-30T16:00")))
                .isZero();
    }

    @Test
    void returnedMondayBroughtWednesdayWaitsTwoDaysUnlessOneIsAHoliday() {
        // Mon 2026-11-23 → Wed 2026-11-25: Tuesday and Wednesday.
        assertThat(ClockStop.waitedWorkingDays(calendar, SHANGHAI, at("2026-11-23T10:00"), at("2026-11-25T10:00")))
                .isEqualTo(2);
        // Mon 2026-11-30 → Thu 2026-12-03: Tuesday and Thursday; Wednesday is a holiday.
        assertThat(ClockStop.waitedWorkingDays(calendar, SHANGHAI, at("2026-11-30T10:00"), at("2026-12-03T10:00")))
                .isEqualTo(2);
    }

    @Test
    void weekendsDoNotCount() {
        // Fri 2026-11-27 → Mon 2026-11-30: only Monday.
        assertThat(ClockStop.waitedWorkingDays(calendar, SHANGHAI, at("2026-11-27T10:00"), at("2026-11-30T10:00")))
                .isEqualTo(1);
    }

    @Test
    void dueDateMovesOutByTheDaysWaitedToTheEndOfAWorkingDay() {
        Instant due = at("2026-11-27T23:59:59");
        // Two working days after Friday 2026-11-27 = Tuesday 2026-12-01, end of day in Shanghai.
        assertThat(ClockStop.extendedDue(calendar, SHANGHAI, due, 2)).isEqualTo(at("2026-12-01T23:59:59"));
        // Three: Wednesday is a holiday, so Thursday.
        assertThat(ClockStop.extendedDue(calendar, SHANGHAI, due, 3)).isEqualTo(at("2026-12-03T23:59:59"));
        assertThat(ClockStop.extendedDue(calendar, SHANGHAI, due, 0)).isEqualTo(due);
    }

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
