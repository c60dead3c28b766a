package org.onewindow.casework;

import java.time.Instant;

/**
 * One line of a case's progress as its citizen reads it: which step, of which department, and where it stands.
 * Never who did it.
 *
 * @param departmentName the department that does (or did) the step; {@code null} for the window's steps
 * @param at when the step ended ({@link State#DONE}, {@link State#RETURNED_FOR_MATERIALS},
 *     {@link State#CANCELLED}) or began ({@link State#IN_PROGRESS}); {@code null} for {@link State#PENDING}
 */
public record ProgressStep(StepKind kind, String departmentName, State state, Instant at) {

    public enum State {
        DONE,
        /** The step sent the case back to the citizen with a one-time notice; it is done again afterwards. */
        RETURNED_FOR_MATERIALS,
        IN_PROGRESS,
        /** Ended without being done: the materials did not come in time and the case was withdrawn. */
        CANCELLED,
        /** Still to come on the case's regular path. */
        PENDING
    }
}
