package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * A case was registered and accepted. Published inside the registration transaction, so that the process
 * starts in the same transaction: either both exist or neither does.
 */
public record CaseRegistered(String caseNumber, String serviceItemCode, String leadDepartmentCode,
        List<String> collaboratingDepartmentCodes, Instant dueAt, String registeredBy) {

    public CaseRegistered {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
    }
}
