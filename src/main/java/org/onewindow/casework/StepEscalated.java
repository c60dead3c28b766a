package org.onewindow.casework;

/**
 * An overdue step was escalated to the head of its department.
 *
 * @param stepName the step's name in the process model (English)
 * @param taskKey the step's task definition key: its name in any language is {@code casework.step.<taskKey>}
 */
public record StepEscalated(String caseNumber, String stepName, String departmentCode, String assignee,
        String taskKey) {

    /** An escalation whose step is known by its name only. */
    public StepEscalated(String caseNumber, String stepName, String departmentCode, String assignee) {
        this(caseNumber, stepName, departmentCode, assignee, null);
    }
}
