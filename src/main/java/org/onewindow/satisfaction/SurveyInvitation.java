package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * What the public survey page may show: the item and the closing date, never personal data.
 *
 * @param answered the survey was answered; the link now offers the one supplementary review
 */
public record SurveyInvitation(String caseNumber, String serviceItemName, Instant closedAt, Instant expiresAt,
        boolean answered) {
}
