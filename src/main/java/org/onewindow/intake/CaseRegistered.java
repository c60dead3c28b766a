package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * A case was registered and accepted. The departments are the catalog's; routing rules may change them.
 * {@code applicantType} is PERSON or ENTERPRISE; {@code regionCode} the 6-digit administrative region of a
 * resident ID number, or {@code null}.
 *
 * <p>A case was registered and accepted. Published inside the registration transaction, so that the process
 * starts in the same transaction: either both exist or neither does.
 */
public record CaseRegistered(String caseNumber, String serviceItemCode, String leadDepartmentCode,
        List<String> collaboratingDepartmentCodes, Instant dueAt, String registeredBy, String applicantType,
        String regionCode) {

    public CaseRegistered {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
    }
}
