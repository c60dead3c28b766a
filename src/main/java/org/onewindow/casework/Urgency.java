package org.onewindow.casework;

/** Inbox filter by deadline: every step, steps with one working day or less left, or steps past due. */
public enum Urgency {
    ALL, AT_RISK, OVERDUE
}
