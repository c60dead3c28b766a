package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ScannedFileTypesTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 };
    static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };

    @Test
    void recognisesPdfPngAndJpegByTheirBytes() {
        assertThat(ScannedFileTypes.recognise(PDF)).contains(ScannedFileType.PDF);
        assertThat(ScannedFileTypes.recognise(PNG)).contains(ScannedFileType.PNG);
        assertThat(ScannedFileTypes.recognise(JPEG)).contains(ScannedFileType.JPEG);
        assertThat(ScannedFileType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(ScannedFileType.PNG.mediaType()).isEqualTo("image/png");
        assertThat(ScannedFileType.JPEG.mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void aPdfHeaderWithoutThePdfEndIsNoPdf() {
        assertThat(ScannedFileTypes.recognise("%PDF-<script>fetch('/api/tasks/mine')</script>"
                .getBytes(StandardCharsets.US_ASCII))).isEmpty();
        byte[] endTooEarly = java.util.Arrays.copyOf(PDF, PDF.length + 2048);
        assertThat(ScannedFileTypes.recognise(endTooEarly)).isEmpty();
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertThat(ScannedFileTypes.recognise("<html>not a scan</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ScannedFileTypes.recognise("MZ executable".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScannedFileTypes.recognise(new byte[] { '%', 'P' })).isEmpty();
        assertThat(ScannedFileTypes.recognise(new byte[0])).isEmpty();
        assertThat(ScannedFileTypes.recognise(null)).isEmpty();
    }

    @Test
    void theNameAndTheDeclaredTypeMustAgreeWithTheContent() {
        assertThat(ScannedFileType.PDF.agreesWith("scan.pdf", "application/pdf")).isTrue();
        assertThat(ScannedFileType.PDF.agreesWith("SCAN.PDF", "")).isTrue();
        assertThat(ScannedFileType.PDF.agreesWith("scan.pdf", null)).isTrue();
        // What a browser declares when it does not know the type is no claim.
        assertThat(ScannedFileType.PDF.agreesWith("scan.pdf", "application/octet-stream")).isTrue();
        assertThat(ScannedFileType.JPEG.agreesWith("photo.jpeg", "image/jpeg")).isTrue();
        assertThat(ScannedFileType.JPEG.agreesWith("photo.JPG", "image/pjpeg")).isTrue();
        assertThat(ScannedFileType.PNG.agreesWith("id card.png", "image/png; charset=binary")).isTrue();

        assertThat(ScannedFileType.PDF.agreesWith("scan.html", "application/pdf")).isFalse();
        assertThat(ScannedFileType.PDF.agreesWith("scan.pdf", "text/html")).isFalse();
        assertThat(ScannedFileType.PDF.agreesWith("scan.html", "text/html")).isFalse();
        assertThat(ScannedFileType.PDF.agreesWith("scan.pdf.html", null)).isFalse();
        assertThat(ScannedFileType.PDF.agreesWith("scan", "application/pdf")).isFalse();
        assertThat(ScannedFileType.PNG.agreesWith("photo.jpg", "image/jpeg")).isFalse();
        assertThat(ScannedFileType.JPEG.agreesWith("photo.jpg", "image/png")).isFalse();
        assertThat(ScannedFileType.PDF.agreesWith(null, "application/pdf")).isFalse();
    }

    @Test
    void theHallNamesAScanFromItsCaseItsNumberAndItsRecognisedType() {
        assertThat(ScannedFileType.PDF.storedName("OW-20261128-00042", 17)).isEqualTo("OW-20261128-00042-scan-17.pdf");
        assertThat(ScannedFileType.JPEG.storedName("OW-20261128-00042", 18)).isEqualTo("OW-20261128-00042-scan-18.jpg");
        assertThat(ScannedFileType.PNG.storedName("OW-20261128-00042", 19)).isEqualTo("OW-20261128-00042-scan-19.png");
    }
}
