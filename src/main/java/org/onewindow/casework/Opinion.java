package org.onewindow.casework;

import java.time.Instant;

/** What one person of one department recorded at one step of a case. */
public record Opinion(String caseNumber, String stepName, StepKind kind, String departmentCode, String authorName,
        String decision, String text, Instant createdAt) {
}
