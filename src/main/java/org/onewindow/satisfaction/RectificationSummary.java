package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * Where the handling of a case's bad review stands, without what anyone said or wrote about it: for the citizen
 * file, which staff beyond the handlers read.
 *
 * @param dueAt when the step waiting now is due; {@code null} while a manager decides an appeal
 */
public record RectificationSummary(String caseNumber, String serviceItemName, String departmentCode,
        RectificationStage stage, Instant openedAt, Instant dueAt, boolean overdue) {
}
