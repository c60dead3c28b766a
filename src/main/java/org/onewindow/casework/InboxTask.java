package org.onewindow.casework;

import java.time.Instant;

/**
 * A row of an inbox: one open step of one case.
 *
 * @param candidateGroup the department code (or role group) whose queue the step is in
 */
public record InboxTask(String taskId, String caseNumber, String taskKey, String taskName, String candidateGroup,
        String assignee, String serviceItemCode, String serviceItemName, String citizenName,
        String citizenMaskedIdNumber, Instant createdAt, Instant dueAt) {

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
