package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * One print of a case's result notice, as the case keeps it.
 *
 * @param reason why it was reprinted; {@code null} for the print at the delivery of the result
 */
public record NoticePrint(String caseNumber, String printedBy, Instant printedAt, String reason) {

    public boolean reprint() {
        return reason != null;
    }
}
