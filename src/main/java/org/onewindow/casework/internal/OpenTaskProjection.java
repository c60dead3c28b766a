package org.onewindow.casework.internal;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.onewindow.casework.InboxTask;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code casework_open_task} in step with Camunda's user tasks. Task events reach it through the
 * engine's Spring event bridge, synchronously, in the transaction of the engine command.
 */
@Component
class OpenTaskProjection {

    private final OpenTaskStore store;
    private final CaseRecordService intake;

    OpenTaskProjection(OpenTaskStore store, CaseRecordService intake) {
        this.store = store;
        this.intake = intake;
    }

    @EventListener
    void on(DelegateTask task) {
        if (!isCaseStep(task)) {
            // Follow-up and rectification tasks have their own screens in the satisfaction module.
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task);
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> {
                if (!StepsJustCreated.unchangedSinceCreated(task)) {
                    store.updateAssignment(task.getId(), task.getAssignee(), instant(task.getDueDate()));
                }
            }
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> store.delete(task.getId());
            default -> {
                // timeout events change nothing the inbox shows
            }
        }
    }

    static boolean isCaseStep(DelegateTask task) {
        return task.getProcessDefinitionId() != null
                && task.getProcessDefinitionId().startsWith(org.onewindow.casework.ServiceRequestProcess.KEY + ":");
    }

    private void created(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        CaseDetails details = intake.caseDetails(caseNumber)
                .orElseThrow(() -> new NotFoundException("No case " + caseNumber + " for task " + task.getId()));
        InboxTask row = new InboxTask(task.getId(), caseNumber, task.getTaskDefinitionKey(), task.getName(),
                candidateGroup(task), task.getAssignee(), details.serviceItemCode(), details.serviceItemName(),
                details.citizenName(), details.citizenMaskedIdNumber(), instant(task.getCreateTime()),
                instant(task.getDueDate()), false, null, details.serviceItemName(java.util.Locale.ENGLISH));
        store.insert(row, task.getProcessInstanceId());
        StepsJustCreated.remember(task);
    }

    static String candidateGroup(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Task " + task.getTaskDefinitionKey()
                        + " has no candidate group; every step must belong to a queue."));
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
