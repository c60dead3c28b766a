package org.onewindow.notification;

import java.time.Instant;

/** A message in the outbox, as the administrators' screen shows it. */
public record OutboxMessage(long id, MessageChannel channel, String recipient, String subject, String body,
        String caseNumber, String purpose, MessageStatus status, int attempts, Instant nextAttemptAt, String lastError,
        Instant createdAt, Instant sentAt) {
}
