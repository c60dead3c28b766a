package org.onewindow.crm;

/** What the signed-in staff member may do with an applicant's file. */
public enum FileAccess {
    /** They have an open case of the applicant (their department's, or at the front desk their own or their queue's). */
    GRANTED,
    /** They may open it with a reason, which the audit log keeps: front desk and managers without such a case. */
    REASON_REQUIRED,
    /** They have no need to know. */
    DENIED;

    public boolean mayOpen() {
        return this != DENIED;
    }
}
