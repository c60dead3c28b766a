package org.onewindow.casework;

import java.util.List;

import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.MaterialsNotice;

/**
 * Everything the task screen shows: the step, the whole case and every opinion so far.
 *
 * @param decidedAtWindow the step is the acceptance review of an instant item (即办件): the window decides it on the
 *        spot and the case closes ({@link TaskWorkService#decideAtWindow})
 */
public record TaskDetails(InboxTask task, CaseDetails caseDetails, List<Opinion> opinions,
        List<MaterialsNotice> materialsNotices, boolean mayClaim, boolean mayComplete, boolean mayUnclaim,
        boolean mayTransfer, boolean decidedAtWindow) {

    /** Acceptance review and the lead department's review may send the case back for missing materials. */
    public boolean mayReturnForMaterials() {
        return mayComplete && (task.stepKind() == StepKind.ACCEPTANCE || task.stepKind() == StepKind.REVIEW);
    }
}
