package org.onewindow.casework;

/**
 * What a department writes when it completes its review, joint-review or consultation step; the case file keeps
 * it and the decision reads it.
 */
public record StepOpinion(String opinion) {

    /** The longest opinion, as the task screen's field and the validator count it. */
    public static final int MAX_OPINION_LENGTH = 4000;
}
