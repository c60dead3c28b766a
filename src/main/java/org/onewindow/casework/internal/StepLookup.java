package org.onewindow.casework.internal;

import org.camunda.bpm.engine.TaskService;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepKind;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.CaseLogContext;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The open step a command acts on, found and checked the same way for every command of
 * {@link DefaultTaskWorkService} and {@link StepCompletions}: one message whether a step is done, unknown or another
 * department's, and the same refusals for steps claimed by someone else.
 */
@Component
class StepLookup {

    static final int MAX_TEXT = 4000;

    private final OpenTaskStore openTasks;
    private final TaskService taskService;
    private final CurrentStaff currentStaff;
    private final TaskAccessPolicy policy;

    StepLookup(OpenTaskStore openTasks, TaskService taskService, CurrentStaff currentStaff, TaskAccessPolicy policy) {
        this.openTasks = openTasks;
        this.taskService = taskService;
        this.currentStaff = currentStaff;
        this.policy = policy;
    }

    /** A step the signed-in person claimed and may complete. */
    InboxTask ownedTask(String taskId) {
        StaffMember staff = currentStaff.require();
        InboxTask task = visibleTask(staff, taskId);
        if (!policy.mayComplete(staff, task)) {
            if (task.isClaimed() && !staff.username().equals(task.assignee())) {
                throw alreadyClaimed(task.assignee(), staff);
            }
            if (!policy.worksOn(staff, task)) {
                throw new AccessDeniedException(Translations.current("casework.error.otherQueue"));
            }
            throw new BusinessRuleException(Translations.current("casework.error.claimFirst"));
        }
        return task;
    }

    InboxTask visibleTask(StaffMember staff, String taskId) {
        InboxTask visible = openTasks.find(taskId).filter(task -> policy.maySee(staff, task))
                // The same message whether the step is done, unknown, or another department's.
                .orElseThrow(() -> new NotFoundException(Translations.current("casework.error.stepNotOpen")));
        // Until the end of the caller's scope (RetryingTaskWorkService): every line logged about this step.
        CaseLogContext.put(visible.caseNumber());
        return visible;
    }

    /** Whether the step's case is an instant item (即办件), decided at the window. */
    boolean instantItem(String taskId) {
        return Boolean.TRUE.equals(taskService.getVariable(taskId, ServiceRequestProcess.VAR_INSTANT_ITEM));
    }

    static void requireStep(InboxTask task, StepKind expected) {
        if (task.stepKind() != expected) {
            throw new BusinessRuleException(
                    Translations.current("casework.error.wrongStep", task.stepKind(), expected));
        }
    }

    static String requireLength(String text) {
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException(
                    Translations.current("casework.error.textTooLong", String.valueOf(MAX_TEXT)));
        }
        return text;
    }

    static BusinessRuleException alreadyClaimed(String assignee, StaffMember staff) {
        return new BusinessRuleException(staff.username().equals(assignee)
                ? Translations.current("casework.error.claimedByYou")
                : Translations.current("casework.error.claimedBy", assignee));
    }
}
