package org.onewindow.crm;

/** What a staff member did with an applicant's file, as the audit log records it. */
public enum FileAction {
    /** Opened the file. */
    OPEN,
    /** Revealed the unmasked ID number or credit code. */
    REVEAL_ID,
    /** Found the person at the window by their ID number (name and masked mobile). */
    FIND,
    /** Revealed the mobile on record at the window. */
    REVEAL_MOBILE
}
