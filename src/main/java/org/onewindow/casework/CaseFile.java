package org.onewindow.casework;

import java.util.List;

import org.onewindow.intake.Attachment;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.MaterialsNotice;

/**
 * A case as staff read it: the record, every opinion, the steps still open and the notices of missing materials.
 *
 * @param mayAttach the reader may attach scans to the case (the front desk and the departments on it)
 * @param mayPrintResultNotice the case is closed and the reader may print its result notice (front desk, managers)
 * @param routedBy the version of the routing rules that chose the case's departments; {@code null} for a case
 *        registered before versions were recorded
 * @param mayReissueLookupCode the reader is at the window (front desk) and may give the citizen a new lookup code
 *        and reprint the acceptance receipt
 */
public record CaseFile(CaseDetails caseDetails, List<Opinion> opinions, List<InboxTask> openSteps,
        List<MaterialsNotice> materialsNotices, List<CaseEvent> events, List<Attachment> attachments,
        List<StepRecord> steps, boolean mayAttach, boolean mayPrintResultNotice, RoutedBy routedBy,
        boolean mayReissueLookupCode) {

    /** A case file read by someone who is not at the window. */
    public CaseFile(CaseDetails caseDetails, List<Opinion> opinions, List<InboxTask> openSteps,
            List<MaterialsNotice> materialsNotices, List<CaseEvent> events, List<Attachment> attachments,
            List<StepRecord> steps, boolean mayAttach, boolean mayPrintResultNotice, RoutedBy routedBy) {
        this(caseDetails, opinions, openSteps, materialsNotices, events, attachments, steps, mayAttach,
                mayPrintResultNotice, routedBy, false);
    }
}
