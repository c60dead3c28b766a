package org.onewindow.casework;

import java.util.List;

import org.onewindow.intake.CaseDetails;

/** Everything the task screen shows: the step, the whole case and every opinion so far. */
public record TaskDetails(InboxTask task, CaseDetails caseDetails, List<Opinion> opinions,
        boolean mayClaim, boolean mayComplete, boolean mayUnclaim) {
}
