package org.onewindow.reporting;

/** Open and completed work of a department or a staff member; overdue and at-risk count open work only. */
public record Workload(String code, String name, long open, long completedInRange, long overdue, long atRisk) {
}
