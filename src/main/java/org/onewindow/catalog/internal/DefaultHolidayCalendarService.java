package org.onewindow.catalog.internal;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.catalog.CalendarChange;
import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.CalendarDayField;
import org.onewindow.catalog.HolidayCalendarService;
import org.onewindow.catalog.WorkingDayCalendarChanged;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional(readOnly = true)
class DefaultHolidayCalendarService implements HolidayCalendarService {

    private final CalendarDayStore store;
    private final HolidayAwareWorkingDayCalendar calendar;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AdministrativeChanges auditLog;

    DefaultHolidayCalendarService(CalendarDayStore store, HolidayAwareWorkingDayCalendar calendar,
            CurrentStaff currentStaff, ApplicationEventPublisher events, Clock clock,
            AdministrativeChanges auditLog) {
        this.store = store;
        this.calendar = calendar;
        this.currentStaff = currentStaff;
        this.events = events;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    @Override
    public List<CalendarDay> year(int year) {
        return store.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public CalendarDay add(CalendarDay day) {
        Map<CalendarDayField, String> problems = CalendarRules.problems(day.day(), day.kind(), day.name());
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        if (store.exists(day.day())) {
            throw InvalidInputException.of(Map.of(CalendarDayField.DAY,
                    Translations.current("catalog.error.alreadyInCalendar", day.day().toString())));
        }
        CalendarDay added = new CalendarDay(day.day(), day.kind(), day.name().strip());
        store.insert(added);
        auditLog.record(new AdministrativeChange(AdminArea.CALENDAR, added.day().toString(), AdminAction.CREATED,
                null, describe(added)));
        changed("ADDED", added.day() + " " + added.kind() + " " + added.name(), added.day(), added.day());
        return added;
    }

    @Override
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void remove(LocalDate day) {
        List<CalendarDay> before = store.between(day, day);
        if (store.delete(day) == 0) {
            throw new NotFoundException(Translations.current("catalog.error.notInCalendar", day.toString()));
        }
        auditLog.record(new AdministrativeChange(AdminArea.CALENDAR, day.toString(), AdminAction.REMOVED,
                before.isEmpty() ? null : describe(before.get(0)), null));
        changed("REMOVED", day.toString(), day, day);
    }

    @Override
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public int importYear(int year, Reader csv) {
        List<CalendarDay> days = CalendarCsv.parse(year, csv);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<CalendarDay> before = store.between(from, to);
        store.deleteBetween(from, to);
        days.forEach(store::insert);
        auditLog.record(new AdministrativeChange(AdminArea.CALENDAR, String.valueOf(year), AdminAction.IMPORTED,
                summary(before), summary(days)));
        changed("IMPORTED", days.size() + " days of " + year, from, to);
        return days.size();
    }

    @Override
    public List<CalendarChange> recentChanges(int limit) {
        return store.recentChanges(limit);
    }

    private static String describe(CalendarDay day) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", day.kind());
        fields.put("name", day.name());
        return AdministrativeChange.fields(fields);
    }

    /** A year's entries for the audit log: how many of each kind. */
    private static String summary(List<CalendarDay> days) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("days", days.size());
        for (CalendarDay day : days) {
            counts.merge(day.kind().name(), 1, (a, b) -> (Integer) a + (Integer) b);
        }
        return AdministrativeChange.fields(counts);
    }

    private void changed(String action, String summary, LocalDate from, LocalDate to) {
        String by = currentStaff.require().username();
        store.recordChange(clock.instant(), by, action, summary);
        // Now, so that listeners recomputing deadlines in this transaction count with the new calendar; and
        // again after commit, in case another thread cached the old days meanwhile.
        calendar.reload();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    calendar.reload();
                }
            });
        }
        events.publishEvent(new WorkingDayCalendarChanged(from, to, by));
    }
}
