package org.onewindow.casework.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.onewindow.casework.CaseworkProperties;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the steps, in working days: each step gets its configured share of the service item's time
 * limit (at least one working day), counted from when it starts and never beyond the case's due date. A step
 * is at risk from the end of the working day before it is due, and overdue once its due date has passed.
 */
@Component("stepDeadlines")
public class StepDeadlines {

    private final CatalogService catalog;
    private final WorkingDayCalendar calendar;
    private final CaseworkProperties properties;
    private final Clock clock;

    StepDeadlines(CatalogService catalog, WorkingDayCalendar calendar, CaseworkProperties properties, Clock clock) {
        this.catalog = catalog;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    public Date dueFor(VariableScope execution, String step) {
        return Date.from(due(execution, step));
    }

    public Date atRiskFor(VariableScope execution, String step) {
        return Date.from(atRisk(due(execution, step)));
    }

    /** The end of the working day before the due day: from then on one working day is left. */
    public Instant atRisk(Instant due) {
        ZoneId zone = clock.getZone();
        LocalDate dueDay = due.atZone(zone).toLocalDate();
        LocalDate dayBefore = dueDay.minusDays(1);
        while (!calendar.isWorkingDay(dayBefore)) {
            dayBefore = dayBefore.minusDays(1);
        }
        return dayBefore.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant();
    }

    public Date overdueFor(VariableScope execution, String step) {
        return Date.from(due(execution, step).plusSeconds(1));
    }

    Instant due(VariableScope execution, String step) {
        String itemCode = (String) execution.getVariable(ServiceRequestProcess.VAR_SERVICE_ITEM_CODE);
        Object version = execution.getVariable(ServiceRequestProcess.VAR_SERVICE_ITEM_VERSION);
        Date caseDue = (Date) execution.getVariable(ServiceRequestProcess.VAR_CASE_DUE_DATE);
        // Processes started before the catalog kept versions have none: their items were version 1.
        return due(itemCode, version instanceof Integer number ? number : 1, step, clock.instant(),
                caseDue == null ? null : caseDue.toInstant());
    }

    /**
     * When a step that started at {@code start} is due, counted with the time limit of the item's version the case
     * was registered with, never after the case's due date.
     */
    public Instant due(String itemCode, int itemVersion, String step, Instant start, Instant caseDue) {
        int timeLimit = catalog.version(itemCode, itemVersion).map(item -> item.timeLimitWorkingDays())
                .orElseThrow(() -> new IllegalStateException("Unknown service item " + itemCode + " v" + itemVersion));
        int days = Math.max(1, (int) Math.round(timeLimit * properties.shareOf(step)));
        Instant stepDue = calendar.deadline(start, days);
        return caseDue != null && caseDue.isBefore(stepDue) ? caseDue : stepDue;
    }
}
