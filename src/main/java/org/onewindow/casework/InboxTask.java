package org.onewindow.casework;

import java.time.Instant;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * A row of an inbox: one open step of one case.
 *
 * @param candidateGroup the department code (or role group) whose queue the step is in
 * @param atRisk one working day or less was left when the step's timer fired
 * @param escalatedAt when the overdue step was escalated to the department head, or {@code null}
 * @param serviceItemName the item's Chinese name, as the case's version named it
 * @param serviceItemNameEn the item's English name, so that an English inbox does not show the Chinese one
 */
public record InboxTask(String taskId, String caseNumber, String taskKey, String taskName, String candidateGroup,
        String assignee, String serviceItemCode, String serviceItemName, String citizenName,
        String citizenMaskedIdNumber, Instant createdAt, Instant dueAt, boolean atRisk, Instant escalatedAt,
        String serviceItemNameEn) {

    /** A row whose item is named alike in both languages, as tests build it. */
    public InboxTask(String taskId, String caseNumber, String taskKey, String taskName, String candidateGroup,
            String assignee, String serviceItemCode, String serviceItemName, String citizenName,
            String citizenMaskedIdNumber, Instant createdAt, Instant dueAt, boolean atRisk, Instant escalatedAt) {
        this(taskId, caseNumber, taskKey, taskName, candidateGroup, assignee, serviceItemCode, serviceItemName,
                citizenName, citizenMaskedIdNumber, createdAt, dueAt, atRisk, escalatedAt, serviceItemName);
    }

    /** A step just created: not at risk, not escalated. */
    public InboxTask(String taskId, String caseNumber, String taskKey, String taskName, String candidateGroup,
            String assignee, String serviceItemCode, String serviceItemName, String citizenName,
            String citizenMaskedIdNumber, Instant createdAt, Instant dueAt) {
        this(taskId, caseNumber, taskKey, taskName, candidateGroup, assignee, serviceItemCode, serviceItemName,
                citizenName, citizenMaskedIdNumber, createdAt, dueAt, false, null);
    }

    /** The item's name in the reader's language. */
    public String serviceItemName(Locale locale) {
        boolean english = Translations.ENGLISH.equals(Translations.supported(locale));
        return english && serviceItemNameEn != null && !serviceItemNameEn.isBlank() ? serviceItemNameEn
                : serviceItemName;
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
