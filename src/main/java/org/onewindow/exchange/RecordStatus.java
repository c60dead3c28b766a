package org.onewindow.exchange;

/** Where a record to the provincial platform stands. */
public enum RecordStatus {
    /** Waiting to be sent, or to be sent again after a failure the platform may recover from. */
    PENDING,
    /** The platform acknowledged it (accepted, or known already). */
    SENT,
    /** The platform refused it; it waits for an administrator to resend it. */
    FAILED
}
