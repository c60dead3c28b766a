package org.onewindow.notification;

import java.time.Instant;

/**
 * A text message a citizen was sent about one of their cases, as staff may read it in the citizen file: the
 * number masked, and the secret part of any link (a survey token) left out, so that a reader can neither call
 * the citizen from the screen nor answer their survey for them.
 */
public record CitizenMessage(long id, String caseNumber, MessageChannel channel, String maskedRecipient, String body,
        String purpose, MessageStatus status, Instant createdAt, Instant sentAt) {
}
