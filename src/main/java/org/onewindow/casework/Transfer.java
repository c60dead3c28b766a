package org.onewindow.casework;

/**
 * A step that reached the wrong department sent on to the department it belongs to, with the reason, which the
 * case's history keeps.
 */
public record Transfer(String departmentCode, String reason) {

    /** The longest reason, as the transfer dialog's field and the validator count it. */
    public static final int MAX_REASON_LENGTH = 1000;
}
