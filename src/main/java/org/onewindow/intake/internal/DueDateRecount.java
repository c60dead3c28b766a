package org.onewindow.intake.internal;

import java.util.List;

import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.catalog.WorkingDayCalendarChanged;
import org.onewindow.intake.CaseStatus;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The holiday calendar changed: the due date of every open case is counted again, in the same transaction
 * (a holiday added later pushes open deadlines out). Runs before casework moves the steps' deadlines.
 */
@Component
class DueDateRecount {

    private final CaseRepository cases;
    private final WorkingDayCalendar calendar;

    DueDateRecount(CaseRepository cases, WorkingDayCalendar calendar) {
        this.cases = cases;
        this.calendar = calendar;
    }

    @EventListener
    @Order(1)
    void on(WorkingDayCalendarChanged event) {
        cases.findByStatusNotIn(List.of(CaseStatus.CLOSED, CaseStatus.WITHDRAWN))
                .forEach(entity -> entity.recountDue(calendar));
        cases.flush();
    }
}
