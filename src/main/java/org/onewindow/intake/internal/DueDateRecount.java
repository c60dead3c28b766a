package org.onewindow.intake.internal;

import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.catalog.WorkingDayCalendarChanged;
import org.onewindow.intake.CaseStatus;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * The holiday calendar changed: the due date of every open case is counted again, in the same transaction
 * (a holiday added later pushes open deadlines out). Runs before casework moves the steps' deadlines.
 */
@Component
class DueDateRecount {

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;

    DueDateRecount(EntityManager entityManager, WorkingDayCalendar calendar) {
        this.entityManager = entityManager;
        this.calendar = calendar;
    }

    @EventListener
    @Order(1)
    void on(WorkingDayCalendarChanged event) {
        entityManager.createQuery("select c from CaseEntity c where c.status not in (:ended)", CaseEntity.class)
                .setParameter("ended", java.util.List.of(CaseStatus.CLOSED, CaseStatus.WITHDRAWN))
                .getResultStream().forEach(entity -> entity.recountDue(calendar));
        entityManager.flush();
    }
}
