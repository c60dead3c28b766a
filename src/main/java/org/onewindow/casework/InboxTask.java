package org.onewindow.casework;

import java.time.Instant;

/**
 * A row of an inbox: one open step of one case.
 *
 * @param candidateGroup the department code (or role group) whose queue the step is in
 * @param atRisk one working day or less was left when the step's timer fired
 * @param escalatedAt when the overdue step was escalated to the department head, or {@code null}
 */
public record InboxTask(String taskId, String caseNumber, String taskKey, String taskName, String candidateGroup,
        String assignee, String serviceItemCode, String serviceItemName, String citizenName,
        String citizenMaskedIdNumber, Instant createdAt, Instant dueAt, boolean atRisk, Instant escalatedAt) {

    /** A step just created: not at risk, not escalated. */
    public InboxTask(String taskId, String caseNumber, String taskKey, String taskName, String candidateGroup,
            String assignee, String serviceItemCode, String serviceItemName, String citizenName,
            String citizenMaskedIdNumber, Instant createdAt, Instant dueAt) {
        this(taskId, caseNumber, taskKey, taskName, candidateGroup, assignee, serviceItemCode, serviceItemName,
                citizenName, citizenMaskedIdNumber, createdAt, dueAt, false, null);
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    public boolean isClaimed() {
        return assignee != null;
    }

    public StepKind stepKind() {
        return StepKind.of(taskKey);
    }
}
