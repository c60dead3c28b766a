package org.onewindow.casework;

import org.onewindow.intake.Attachment;

/** A scan as it is handed to someone who may see its case: what is recorded of it, and its bytes. */
public record StoredScan(Attachment attachment, byte[] content) {
}
