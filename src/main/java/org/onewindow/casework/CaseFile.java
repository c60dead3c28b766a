package org.onewindow.casework;

import java.util.List;

import org.onewindow.intake.CaseDetails;

/** A case as staff read it: the record, every opinion, and the steps still open. */
public record CaseFile(CaseDetails caseDetails, List<Opinion> opinions, List<InboxTask> openSteps) {
}
