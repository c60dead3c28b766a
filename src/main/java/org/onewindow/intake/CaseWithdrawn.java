package org.onewindow.intake;

import java.time.Instant;

/** A case ended without a decision, because the citizen did not bring the missing materials in time. */
public record CaseWithdrawn(String caseNumber, String serviceItemCode, String reason, Instant withdrawnAt) {
}
