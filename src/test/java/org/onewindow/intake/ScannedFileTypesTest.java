package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ScannedFileTypesTest {

    @Test
    void recognisesPdfPngAndJpegByTheirFirstBytes() {
        assertThat(ScannedFileTypes.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(ScannedFileTypes.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
                .contains("image/png");
        assertThat(ScannedFileTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
                .contains("image/jpeg");
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertThat(ScannedFileTypes.detect("<html>not a scan</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ScannedFileTypes.detect("MZ executable".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ScannedFileTypes.detect(new byte[] { '%', 'P' })).isEmpty();
        assertThat(ScannedFileTypes.detect(new byte[0])).isEmpty();
        assertThat(ScannedFileTypes.detect(null)).isEmpty();
    }
}
