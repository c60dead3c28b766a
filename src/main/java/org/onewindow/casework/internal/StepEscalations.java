package org.onewindow.casework.internal;

import java.time.Clock;
import java.time.Instant;

import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.StepEscalated;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the deadline timers of a step do: flag its open tasks at risk with one working day left, and when
 * they are overdue, escalate them to the department head (the Escalations view) and record it on the case.
 * The notification outbox will also tell the head once it exists.
 */
@Service
public class StepEscalations {

    private static final Logger log = LoggerFactory.getLogger(StepEscalations.class);

    private final OpenTaskStore openTasks;
    private final CaseEventStore events;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    StepEscalations(OpenTaskStore openTasks, CaseEventStore events, Clock clock,
            org.springframework.context.ApplicationEventPublisher publisher) {
        this.openTasks = openTasks;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    public void flagAtRisk(String processInstanceId, String taskKey) {
        Instant now = clock.instant();
        for (InboxTask task : openTasks.ofStep(processInstanceId, taskKey)) {
            openTasks.markAtRisk(task.taskId());
            events.record(new CaseEvent(task.caseNumber(), CaseEvent.Kind.AT_RISK, task.taskName(),
                    task.candidateGroup(), null, Translations.current("casework.event.atRisk"), now), task.taskId());
        }
    }

    public void escalateOverdue(String processInstanceId, String taskKey) {
        Instant now = clock.instant();
        for (InboxTask task : openTasks.ofStep(processInstanceId, taskKey)) {
            openTasks.markEscalated(task.taskId(), now);
            // Runs in a timer job: the engine's logging context names the case (logging-context-business-key).
            log.info("Step {} of {} is overdue: escalated to the department head", task.taskKey(),
                    task.candidateGroup());
            events.record(new CaseEvent(task.caseNumber(), CaseEvent.Kind.ESCALATED, task.taskName(),
                    task.candidateGroup(), null, task.assignee() == null
                            ? Translations.current("casework.event.escalatedUnclaimed")
                            : Translations.current("casework.event.escalated", task.assignee()),
                    now), task.taskId());
            publisher.publishEvent(new StepEscalated(task.caseNumber(), task.taskName(), task.candidateGroup(),
                    task.assignee(), task.taskKey()));
        }
    }
}
