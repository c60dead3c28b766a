package org.onewindow.intake;

/** Where a case stands; changed by the process in the same transaction as the engine step. */
public enum CaseStatus {
    ACCEPTED, IN_REVIEW, WAITING_FOR_MATERIALS, JOINT_REVIEW, DECIDED, CLOSED,
    /** Ended without a decision: the citizen did not bring the missing materials in time. */
    WITHDRAWN;

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}
