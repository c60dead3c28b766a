package org.onewindow.casework;

/** The lead department's decision form. A rejection needs its reasons. */
public record Decision(boolean approved, String reason) {

    /** The longest reasons, as the task screen's field and the validator count them. */
    public static final int MAX_REASON_LENGTH = 4000;
}
