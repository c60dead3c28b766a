package org.onewindow.shared.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.onewindow.shared.spreadsheet.ImportFile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;

/**
 * One spreadsheet to import (.xlsx, or .csv where the import reads it), kept in memory until the next upload or its
 * removal: the file the import's check and save read, in every import screen the same way.
 */
public class SpreadsheetUpload extends Upload {

    @SuppressWarnings("deprecation") // MemoryBuffer: its replacement is new in 24.8
    private final MemoryBuffer buffer;
    private transient ImportFile file;

    /**
     * @param buttonLabel the upload button's text
     * @param dropLabel the hint beside it (the file types and limits)
     * @param fileTypes the accepted extensions, e.g. {@code ".xlsx", ".csv"}
     */
    @SuppressWarnings("deprecation")
    public SpreadsheetUpload(String id, String buttonLabel, String dropLabel, String... fileTypes) {
        this(new MemoryBuffer(), id, buttonLabel, dropLabel, fileTypes);
    }

    @SuppressWarnings("deprecation")
    private SpreadsheetUpload(MemoryBuffer buffer, String id, String buttonLabel, String dropLabel,
            String... fileTypes) {
        super(buffer);
        this.buffer = buffer;
        setId(id);
        setMaxFiles(1);
        setAcceptedFileTypes(fileTypes);
        setUploadButton(new Button(buttonLabel));
        setDropLabel(new Span(dropLabel));
        addSucceededListener(event -> file = read(event.getFileName()));
        addFileRemovedListener(event -> file = null);
    }

    /** Refuses a larger file in the browser already; the import's reader refuses it again on the server. */
    public SpreadsheetUpload limitedTo(int maxBytes) {
        setMaxFileSize(maxBytes);
        return this;
    }

    /** The uploaded file, or null when none is (still) chosen. */
    public ImportFile file() {
        return file;
    }

    /** Forgets the file, e.g. once imported: the same file again would only be refused as taken. */
    public void clear() {
        file = null;
        clearFileList();
    }

    @SuppressWarnings("deprecation")
    private ImportFile read(String name) {
        try {
            return new ImportFile(name, buffer.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
