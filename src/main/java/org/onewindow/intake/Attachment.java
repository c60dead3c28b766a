package org.onewindow.intake;

import java.time.Instant;

/**
 * A scanned material attached to a case (its content is read separately, when someone opens it). The hall
 * chooses {@code fileName} from the case, the scan's number and the recognised type; {@code label} is the name
 * the file had on the citizen's or the window's computer, kept only to be shown.
 */
public record Attachment(long id, String caseNumber, String fileName, String label, String contentType,
        long sizeBytes, String uploadedBy, Instant uploadedAt) {
}
