package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * A one-time notice (一次性告知): everything missing from a case, told to the citizen at once and in writing.
 *
 * @param bringBy the citizen must bring the materials by then, or the case is withdrawn
 * @param resolvedAt when the front desk recorded the materials; {@code null} while the case waits
 */
public record MaterialsNotice(long id, String caseNumber, String serviceItemName, String citizenName,
        String stepName, List<String> missing, String note, String issuedBy, Instant issuedAt, Instant bringBy,
        Instant resolvedAt) {

    public MaterialsNotice {
        missing = List.copyOf(missing);
    }
}
