package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * A case as a citizen reads it after giving its number and the lookup code from the receipt. Nothing that
 * names a person: no citizen name, ID number or phone, no staff member; anyone holding the receipt sees this.
 *
 * @param outcome the decision once made; {@code null} before, and for a withdrawn case
 * @param reason what the citizen is told why: the reasons of a rejection, or why the case was withdrawn;
 *     {@code null} otherwise (as on the printed result notice)
 * @param missingMaterials the open one-time notice while the case waits for materials; {@code null} otherwise
 */
public record LookedUpCase(String caseNumber, String serviceItemName, String leadDepartmentCode,
        List<String> collaboratingDepartmentCodes, CaseStatus status, Instant acceptedAt, Instant dueAt,
        Instant closedAt, Outcome outcome, String reason, MissingMaterials missingMaterials) {

    public LookedUpCase {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
    }
}
