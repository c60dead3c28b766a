package org.onewindow.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.InboxTask;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.StaffHandover;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * When an account is deactivated, the steps its holder claimed (or was given) go back to their department's queue,
 * where a colleague can claim them; each case records why. Runs in the deactivation's transaction: the engine's
 * assignment event updates the inbox projection in it too, so the account and its steps change together.
 * Escalations need nothing here: they are addressed to the department's active heads when they happen.
 */
@Component
class ClaimedStepsHandover implements StaffHandover {

    private final OpenTaskStore openTasks;
    private final TaskService taskService;
    private final CaseEventStore caseEvents;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    ClaimedStepsHandover(OpenTaskStore openTasks, TaskService taskService, CaseEventStore caseEvents,
            CurrentStaff currentStaff, Clock clock) {
        this.openTasks = openTasks;
        this.taskService = taskService;
        this.caseEvents = caseEvents;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Override
    public Optional<String> handOver(StaffMember leaving) {
        List<InboxTask> claimed = openTasks.allAssignedTo(leaving.username());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        String actor = currentStaff.find().map(StaffMember::username).orElse(null);
        Instant now = clock.instant();
        for (InboxTask task : claimed) {
            taskService.setAssignee(task.taskId(), null);
            caseEvents.record(new CaseEvent(task.caseNumber(), CaseEvent.Kind.REASSIGNED, task.taskName(),
                    task.candidateGroup(), actor,
                    Translations.current("casework.event.returnedOnDeactivation", leaving.username()), now),
                    task.taskId());
        }
        return Optional.of(Translations.current("casework.handover.stepsReturned", claimed.size(),
                leaving.username()));
    }
}
