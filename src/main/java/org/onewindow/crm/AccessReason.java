package org.onewindow.crm;

/**
 * Why a staff member opens an applicant's file or reveals its number, as they type it: the audit log keeps it
 * beside who and when. Required to reveal a number, and to open a file without an open case of the applicant
 * ({@link FileAccess#REASON_REQUIRED}); otherwise optional, and kept when given.
 */
public record AccessReason(String reason) {

    /** The longest reason, as the reason fields and the validator count it (leading and trailing blanks aside). */
    public static final int MAX_REASON_LENGTH = 500;

    /** No reason given: enough to open a file the reader has an open case of. */
    public static final AccessReason NONE = new AccessReason(null);
}
