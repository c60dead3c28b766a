package org.onewindow.casework;

/** An overdue step was escalated to the head of its department. */
public record StepEscalated(String caseNumber, String stepName, String departmentCode, String assignee) {
}
