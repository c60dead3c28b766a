package org.onewindow.exchange;

import java.time.Instant;

/**
 * One record to the provincial platform as administrators see it: no personal field of its content.
 *
 * @param lastAnswer the platform's last answer, or why the last attempt failed; {@code null} before any
 */
public record ExchangeRecord(String recordId, RecordType type, String caseNumber, RecordStatus status, int attempts,
        String lastAnswer, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
}
