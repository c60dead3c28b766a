package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * The rectification of a bad review was concluded: its outcome was fed back to the citizen. Published in that
 * transaction; the provincial exchange reports it.
 *
 * @param verdict what the verification found ({@code JUSTIFIED}: rectified; {@code NOT_JUSTIFIED}: explained)
 * @param measures what the department did, or the explanation the citizen got
 * @param onTime the verification and the rectification were each done by their due dates
 */
public record RectificationConcluded(String caseNumber, long rectificationId, Verdict verdict, String measures,
        Instant openedAt, Instant verifiedAt, Instant rectifiedAt, Instant concludedAt, boolean onTime) {
}
