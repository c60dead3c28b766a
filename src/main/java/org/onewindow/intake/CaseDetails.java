package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * The business record of one case as staff screens show it. The citizen's ID number is masked.
 *
 * @param deliveredBy username of the staff member who delivered the result and so closed the case; {@code null}
 *     while open, and for cases closed before it was recorded
 */
public record CaseDetails(String caseNumber, String serviceItemCode, String serviceItemName,
        String leadDepartmentCode, List<String> collaboratingDepartmentCodes, String citizenName,
        String citizenMaskedIdNumber, String citizenMaskedMobile, Channel channel, CaseStatus status,
        List<CaseMaterial> materials, String notes, String registeredBy, Instant acceptedAt, Instant dueAt,
        Instant closedAt, Outcome outcome, String outcomeReason, String deliveredBy) {

    public CaseDetails {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
        materials = List.copyOf(materials);
    }

    /** A case nobody delivered a result of yet (open, or withdrawn). */
    public CaseDetails(String caseNumber, String serviceItemCode, String serviceItemName, String leadDepartmentCode,
            List<String> collaboratingDepartmentCodes, String citizenName, String citizenMaskedIdNumber,
            String citizenMaskedMobile, Channel channel, CaseStatus status, List<CaseMaterial> materials, String notes,
            String registeredBy, Instant acceptedAt, Instant dueAt, Instant closedAt, Outcome outcome,
            String outcomeReason) {
        this(caseNumber, serviceItemCode, serviceItemName, leadDepartmentCode, collaboratingDepartmentCodes,
                citizenName, citizenMaskedIdNumber, citizenMaskedMobile, channel, status, materials, notes, registeredBy,
                acceptedAt, dueAt, closedAt, outcome, outcomeReason, null);
    }

    /** Departments that work on the case: the lead first, then the collaborating ones. */
    public List<String> involvedDepartmentCodes() {
        var all = new java.util.ArrayList<String>();
        all.add(leadDepartmentCode);
        all.addAll(collaboratingDepartmentCodes);
        return all;
    }

    public boolean isOverdue(Instant now) {
        return status.isOpen() && dueAt != null && now.isAfter(dueAt);
    }
}
