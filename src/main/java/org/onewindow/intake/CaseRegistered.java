package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * A case was registered and accepted. The departments are the catalog's; routing rules may change them.
 * {@code applicantType} is PERSON or ENTERPRISE; {@code regionCode} the 6-digit administrative region of a
 * resident ID number, or {@code null}. {@code registeredBy} is the front-desk username for cases registered at
 * the window, and the client that passed an online request on ({@code open311:<client>}) for online ones.
 *
 * {@code serviceItemVersion} is the catalog version the case was registered with, which its deadlines count with.
 *
 * <p>Published inside the registration transaction, so that the process
 * starts in the same transaction: either both exist or neither does.
 */
public record CaseRegistered(String caseNumber, String serviceItemCode, String leadDepartmentCode,
        List<String> collaboratingDepartmentCodes, Instant dueAt, String registeredBy, String applicantType,
        String regionCode, Channel channel, int serviceItemVersion) {

    public CaseRegistered {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
    }

    /** A case of the item's first version, as tests and listeners' checks build it. */
    public CaseRegistered(String caseNumber, String serviceItemCode, String leadDepartmentCode,
            List<String> collaboratingDepartmentCodes, Instant dueAt, String registeredBy, String applicantType,
            String regionCode, Channel channel) {
        this(caseNumber, serviceItemCode, leadDepartmentCode, collaboratingDepartmentCodes, dueAt, registeredBy,
                applicantType, regionCode, channel, 1);
    }
}
