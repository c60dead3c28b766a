package org.onewindow.satisfaction;

/**
 * What follow-up staff record after calling the citizen back about a bad review, where the jurisdiction requires
 * it ({@link JurisdictionRules#callBackRequired}): whether they reached the citizen and what the citizen said (or,
 * when not reached, how it was tried).
 */
public record CallBack(Boolean reached, String citizenSaid) {

    /** The longest text, as the form's field and the validator count it. */
    public static final int MAX_CITIZEN_SAID_LENGTH = 1000;
}
