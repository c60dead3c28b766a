package org.onewindow.intake;

import java.util.Optional;

/**
 * Recognises the kinds of scan the hall accepts by their bytes, never by the file name or the type the browser
 * claims: PDF ({@code %PDF-} at the start and the {@code %%EOF} marker in its last kilobyte, as PDF readers
 * look for it), PNG (its 8-byte signature) and JPEG ({@code FF D8 FF}). The name and the claimed type then
 * have to agree with what was recognised ({@link ScannedFileType#agreesWith}).
 */
public final class ScannedFileTypes {

    /** The largest scan the hall keeps; the upload on the case page promises the same. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PDF_END = { '%', '%', 'E', 'O', 'F' };
    private static final int PDF_END_WITHIN = 1024;
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

    private ScannedFileTypes() {
    }

    /** The kind of the content, or empty when it is none of the accepted kinds. */
    public static Optional<ScannedFileType> recognise(byte[] content) {
        if (startsWith(content, PDF) && endsWithin(content, PDF_END, PDF_END_WITHIN)) {
            return Optional.of(ScannedFileType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(ScannedFileType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(ScannedFileType.JPEG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content != null && content.length >= signature.length && occursAt(content, signature, 0);
    }

    private static boolean endsWithin(byte[] content, byte[] marker, int window) {
        for (int at = content.length - marker.length; at >= Math.max(0, content.length - window); at--) {
            if (occursAt(content, marker, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean occursAt(byte[] content, byte[] marker, int at) {
        for (int i = 0; i < marker.length; i++) {
            if (content[at + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }
}
