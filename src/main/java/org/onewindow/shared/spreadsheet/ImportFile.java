package org.onewindow.shared.spreadsheet;

import java.util.Locale;
import java.util.Objects;

/** A file as uploaded: its name (which says .xlsx or .csv) and its bytes. */
public record ImportFile(String fileName, byte[] content) {

    public ImportFile {
        Objects.requireNonNull(content, "content");
        fileName = fileName == null ? "" : fileName;
    }

    boolean isXlsx() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    boolean isCsv() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
