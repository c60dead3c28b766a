package org.onewindow.intake;

import java.time.Instant;

/**
 * Where one case stands, as the public may see it: the service item, the lead department, the status and its
 * times. Nothing about the citizen, no notes, no reasons written by staff.
 *
 * @param closedAt when the case was closed or withdrawn; {@code null} while open
 * @param outcome the lead department's decision, once made
 */
public record PublicCaseStatus(String caseNumber, String serviceItemCode, String serviceItemName,
        String leadDepartmentCode, Channel channel, CaseStatus status, Outcome outcome, Instant acceptedAt,
        Instant dueAt, Instant closedAt) {
}
