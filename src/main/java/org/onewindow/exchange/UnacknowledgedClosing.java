package org.onewindow.exchange;

import java.time.Instant;

/**
 * A case closed here whose closing the provincial platform has not acknowledged.
 *
 * @param since when the closing was recorded for the platform (the closing's transaction)
 */
public record UnacknowledgedClosing(String caseNumber, RecordStatus status, int attempts, String lastAnswer,
        Instant since) {
}
