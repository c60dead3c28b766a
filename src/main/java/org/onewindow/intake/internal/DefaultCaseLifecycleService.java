package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.intake.CaseAccepted;
import org.onewindow.intake.CaseClosed;
import org.onewindow.intake.CaseLifecycleService;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.CaseWithdrawn;
import org.onewindow.intake.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultCaseLifecycleService implements CaseLifecycleService {

    private final CaseRepository cases;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultCaseLifecycleService(CaseRepository cases, WorkingDayCalendar calendar, ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void applyRouting(String caseNumber, String leadDepartment, List<String> collaboratingDepartments) {
        cases.require(caseNumber).route(leadDepartment, collaboratingDepartments);
    }

    @Override
    public void moveDepartment(String caseNumber, String fromDepartment, String toDepartment, boolean lead) {
        cases.require(caseNumber).moveDepartment(fromDepartment, toDepartment, lead);
    }

    @Override
    public void changeStatus(String caseNumber, CaseStatus status) {
        cases.require(caseNumber).changeStatus(status);
    }

    @Override
    public void recordOutcome(String caseNumber, Outcome outcome, String reason) {
        cases.require(caseNumber).recordOutcome(outcome, reason);
    }

    @Override
    public Instant resumeClock(String caseNumber, Instant at) {
        CaseEntity entity = cases.require(caseNumber);
        if (entity.waitingSince() == null) {
            return entity.dueAt();
        }
        int waited = ClockStop.waitedWorkingDays(calendar, clock.getZone(), entity.waitingSince(), at);
        Instant newDue = ClockStop.extendedDue(calendar, clock.getZone(), entity.dueAt(), waited);
        entity.stopWaiting(newDue, waited);
        return newDue;
    }

    @Override
    public void recordAcceptance(String caseNumber, String acceptedBy, Instant at) {
        CaseEntity entity = cases.require(caseNumber);
        events.publishEvent(new CaseAccepted(caseNumber, entity.serviceItemCode(), entity.leadDepartmentCode(), at,
                acceptedBy));
    }

    @Override
    public void withdraw(String caseNumber, String reason, Instant at) {
        CaseEntity entity = cases.require(caseNumber);
        entity.withdraw(reason, at);
        events.publishEvent(new CaseWithdrawn(caseNumber, entity.serviceItemCode(), reason, at));
    }

    @Override
    public void close(String caseNumber, Instant closedAt, String deliveredBy) {
        CaseEntity entity = cases.require(caseNumber);
        entity.close(closedAt, deliveredBy, calendar, clock.getZone());
        events.publishEvent(new CaseClosed(caseNumber, entity.serviceItemCode(), entity.leadDepartmentCode(),
                entity.outcome(), closedAt, deliveredBy));
    }
}
