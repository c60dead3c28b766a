package org.onewindow.intake;

import java.time.Instant;

/**
 * A case was formally accepted (受理): at the window when the registration was the acceptance, by the front desk's
 * acceptance review otherwise, or together with the decision of an instant item. Published once per case, in the
 * transaction of the acceptance, so whoever listens (the provincial exchange, an evaluation of the acceptance) commits
 * with it.
 *
 * @param acceptedBy username of the staff member who accepted it
 */
public record CaseAccepted(String caseNumber, String serviceItemCode, String leadDepartmentCode, Instant acceptedAt,
        String acceptedBy) {
}
