package org.onewindow.audit;

/** What was done to the subject of an administrative change. */
public enum AdminAction {
    CREATED, CHANGED, REMOVED, IMPORTED, DEACTIVATED, REACTIVATED, REVOKED, PUBLISHED, RETIRED, DEPLOYED,
    PASSWORD_SET, PAUSED, RELEASED, LOCK_LIFTED, RESENT
}
