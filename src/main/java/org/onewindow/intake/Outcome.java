package org.onewindow.intake;

/** The lead department's decision on a case. */
public enum Outcome {
    APPROVED, REJECTED
}
