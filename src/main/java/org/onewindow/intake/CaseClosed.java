package org.onewindow.intake;

import java.time.Instant;

/**
 * A case was closed: its result was delivered to the citizen. Starts the satisfaction follow-up.
 *
 * @param deliveredBy username of the staff member who delivered the result, at their window
 */
public record CaseClosed(String caseNumber, String serviceItemCode, String leadDepartmentCode, Outcome outcome,
        Instant closedAt, String deliveredBy) {
}
