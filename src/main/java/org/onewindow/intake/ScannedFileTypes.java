package org.onewindow.intake;

import java.util.Optional;

/**
 * Recognises the kinds of scan the hall accepts by their first bytes, never by the file name or the type the
 * browser claims: PDF ({@code %PDF-}), PNG (its 8-byte signature) and JPEG ({@code FF D8 FF}).
 */
public final class ScannedFileTypes {

    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

    private ScannedFileTypes() {
    }

    /** The media type of the content, or empty when it is none of the accepted kinds. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
