package org.onewindow.intake;

import java.time.Instant;

/** A scanned material attached to a case (its content is read separately, when someone opens it). */
public record Attachment(long id, String caseNumber, String fileName, String contentType, long sizeBytes,
        String uploadedBy, Instant uploadedAt) {
}
