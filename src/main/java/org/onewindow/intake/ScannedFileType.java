package org.onewindow.intake;

import java.util.Locale;
import java.util.Set;

/**
 * A kind of scan the hall accepts, with the media type it is served as and the extension of the name the
 * hall stores it under. Both come from here, never from what the browser or the citizen's file name says.
 */
public enum ScannedFileType {

    PDF("PDF", "application/pdf", "pdf", Set.of("pdf"), Set.of("application/pdf")),
    JPEG("JPEG", "image/jpeg", "jpg", Set.of("jpg", "jpeg"), Set.of("image/jpeg", "image/pjpeg")),
    PNG("PNG", "image/png", "png", Set.of("png"), Set.of("image/png"));

    /** What a browser sends when it does not know the type: no claim, so only the name has to agree. */
    private static final String UNKNOWN_TYPE = "application/octet-stream";

    private final String label;
    private final String mediaType;
    private final String extension;
    private final Set<String> extensions;
    private final Set<String> declaredTypes;

    ScannedFileType(String label, String mediaType, String extension, Set<String> extensions,
            Set<String> declaredTypes) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
        this.extensions = extensions;
        this.declaredTypes = declaredTypes;
    }

    /** The name people know the kind by (PDF, JPEG, PNG), for messages. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Images can be shown by the browser itself; a PDF goes to the PDF reader as a download. */
    public boolean isImage() {
        return this != PDF;
    }

    /**
     * Whether the citizen's file name ends in one of this kind's extensions and the declared media type (if
     * the browser declared one) is this kind's: a PDF called {@code scan.html} or sent as {@code text/html}
     * is refused even though its bytes are a PDF, because browsers and operating systems trust the name.
     */
    public boolean agreesWith(String fileName, String declaredType) {
        return extensions.contains(extensionOf(fileName)) && declares(declaredType);
    }

    private boolean declares(String declaredType) {
        if (declaredType == null || declaredType.isBlank()) {
            return true;
        }
        String type = declaredType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals(UNKNOWN_TYPE) || declaredTypes.contains(type);
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }

    /** The name the hall stores and serves a scan under: the case, the scan's number, this kind's extension. */
    public String storedName(String caseNumber, long attachmentId) {
        return caseNumber + "-scan-" + attachmentId + "." + extension;
    }
}
