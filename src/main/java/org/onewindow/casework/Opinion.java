package org.onewindow.casework;

import java.time.Instant;

/**
 * What one person of one department recorded at one step of a case.
 *
 * @param taskKey the task definition key of the step it was recorded at, by which screens name the step
 * @param stepName the step's name in the process model when it was recorded (English)
 */
public record Opinion(String caseNumber, String taskKey, String stepName, StepKind kind, String departmentCode,
        String authorName,
        String decision, String text, Instant createdAt) {
}
