package org.onewindow.satisfaction;

import java.time.Instant;

/** What the public survey page may show: the item and the closing date, never personal data. */
public record SurveyInvitation(String caseNumber, String serviceItemName, Instant closedAt, Instant expiresAt) {
}
