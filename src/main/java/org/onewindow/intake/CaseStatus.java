package org.onewindow.intake;

/** Where a case stands; changed by the process in the same transaction as the engine step. */
public enum CaseStatus {
    ACCEPTED, IN_REVIEW, JOINT_REVIEW, DECIDED, CLOSED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
