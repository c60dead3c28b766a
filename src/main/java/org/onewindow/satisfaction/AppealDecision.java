package org.onewindow.satisfaction;

/**
 * A manager's reasons for upholding or rejecting a department's appeal; which of the two is the button pressed,
 * an argument of {@link RectificationService#decideAppeal}.
 */
public record AppealDecision(String decisionNote) {

    /** The longest note, as the form's field and the validator count it. */
    public static final int MAX_NOTE_LENGTH = 1000;
}
