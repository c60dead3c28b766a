package org.onewindow.intake;

import java.time.Instant;

/**
 * A scanned material attached to a case (its content is read separately, when someone opens it). The hall
 * chooses {@code fileName} from the case, the scan's number and the recognised type; {@code label} is the name
 * the file had on the citizen's or the window's computer, kept only to be shown.
 *
 * @param materialName the checklist material the scan is of, by the case's (Chinese) name for it; {@code null} for
 *        a scan of something else
 */
public record Attachment(long id, String caseNumber, String fileName, String label, String contentType,
        long sizeBytes, String uploadedBy, Instant uploadedAt, String materialName) {

    /** A scan of something not on the checklist. */
    public Attachment(long id, String caseNumber, String fileName, String label, String contentType, long sizeBytes,
            String uploadedBy, Instant uploadedAt) {
        this(id, caseNumber, fileName, label, contentType, sizeBytes, uploadedBy, uploadedAt, null);
    }

    /** Whether this is a scan of the given checklist material. */
    public boolean isOf(CaseMaterial material) {
        return material.name().equals(materialName);
    }
}
