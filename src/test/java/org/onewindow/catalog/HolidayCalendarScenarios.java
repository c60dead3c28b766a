package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.Journeys;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The holiday calendar as administrators keep it, and what a change does to open deadlines; on H2
 * ({@link HolidayCalendarIntegrationTest}) and PostgreSQL ({@link HolidayCalendarPostgresIntegrationTest}).
 */
abstract class HolidayCalendarScenarios {

    @Autowired
    HolidayCalendarService holidays;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    CaseRecordService intake;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;
    @Autowired
    Journeys journeys;

    @Test
    void demoCalendarHasThePublishedHolidays() {
        assertThat(holidays.year(2026))
                .contains(new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "National Day"));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void holidayAddedLaterPushesOpenDeadlinesOutAndRemovingItBringsThemBack() {
        String caseNumber = journeys.socialSecurityCardAwaitingReview();
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        InboxTask review = staff.as("hrss.worker", () -> inbox.departmentQueue(filter, new PageRequest(0, 5)).get(0));
        Instant caseDueBefore = intake.caseDetails(caseNumber).orElseThrow().dueAt();
        Instant atRiskBefore = atRiskTimer(caseNumber);

        // The next working day becomes a holiday (say, a typhoon day declared by the county).
        LocalDate nextWorkingDay = calendar.addWorkingDays(LocalDate.now(clock), 1);
        staff.run("admin", () -> holidays.add(new CalendarDay(nextWorkingDay, DayKind.HOLIDAY, "Typhoon day")));

        Instant caseDueAfter = intake.caseDetails(caseNumber).orElseThrow().dueAt();
        assertThat(caseDueAfter).isAfter(caseDueBefore);
        assertThat(caseDueAfter.atZone(clock.getZone()).toLocalDate())
                .isEqualTo(calendar.addWorkingDays(caseDueBefore.atZone(clock.getZone()).toLocalDate(), 1));
        InboxTask moved = staff.as("hrss.worker", () -> inbox.departmentQueue(filter, new PageRequest(0, 5)).get(0));
        assertThat(moved.dueAt()).isAfter(review.dueAt());
        assertThat(atRiskTimer(caseNumber)).isAfter(atRiskBefore);

        staff.run("admin", () -> holidays.remove(nextWorkingDay));
        assertThat(intake.caseDetails(caseNumber).orElseThrow().dueAt()).isEqualTo(caseDueBefore);
        assertThat(staff.as("hrss.worker", () -> inbox.departmentQueue(filter, new PageRequest(0, 5)).get(0)).dueAt())
                .isEqualTo(review.dueAt());
        assertThat(holidays.recentChanges(2)).extracting(CalendarChange::action).containsExactly("REMOVED", "ADDED");
        assertThat(holidays.recentChanges(2)).allSatisfy(change -> assertThat(change.changedBy()).isEqualTo("admin"));
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        assertThatThrownBy(() -> staff.run("manager", () -> holidays.add(
                new CalendarDay(LocalDate.of(2026, 12, 24), DayKind.HOLIDAY, "Not a holiday here"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("manager", () -> holidays.remove(LocalDate.of(2026, 10, 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badImportChangesNothing() {
        List<CalendarDay> before = holidays.year(2026);
        assertThatThrownBy(() -> staff.run("admin", () -> holidays.importYear(2026,
                new StringReader("2026-10-01,HOLIDAY,National Day\n2026-10-08,WORKDAY,Thursday?\n"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(holidays.year(2026)).isEqualTo(before);
    }

    @Test
    void importKeepsACommaInAQuotedHolidayName() {
        // A year no other scenario uses; emptied again afterwards, as the context is shared.
        try {
            int imported = staff.as("admin", () -> holidays.importYear(2031, new StringReader(
                    "date,kind,name\r\n2031-01-23,HOLIDAY,\"Spring Festival, day 1\"\r\n")));
            assertThat(imported).isEqualTo(1);
            assertThat(holidays.year(2031)).extracting(CalendarDay::name).containsExactly("Spring Festival, day 1");
        } finally {
            staff.run("admin", () -> holidays.importYear(2031, new StringReader("")));
        }
    }

    private Instant atRiskTimer(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        return managementService.createJobQuery().processInstanceId(instance)
                .activityId("boundary_timer_lead_review_at_risk").singleResult().getDuedate().toInstant();
    }
}
