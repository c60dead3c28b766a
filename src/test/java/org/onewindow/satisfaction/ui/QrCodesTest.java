package org.onewindow.satisfaction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The QR code is read back from the SVG itself, as a scanner would read the drawing: the modules are painted
 * into pixels and ZXing's own reader decodes them.
 */
class QrCodesTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void surveyLinkIsReadBackFromTheDrawing() throws Exception {
        String link = "https://hall.example.gov.cn/survey/q7Vb3kTz0wYc_9Hn-2LpXg";
        String svg = QrCodes.svg(link);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(decode(svg)).isEqualTo(link);
    }

    @Test
    void longKioskLinkWithTheQuietZoneAroundIt() throws Exception {
        String link = "http://localhost:8080/kiosk/" + "A".repeat(43);
        String svg = QrCodes.svg(link);
        assertThat(decode(svg)).isEqualTo(link);
        // Nothing drawn in the four modules along the edges, which scanners need to find the code.
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            assertThat(Integer.parseInt(module.group(1))).isGreaterThanOrEqualTo(QrCodes.QUIET_ZONE);
            assertThat(Integer.parseInt(module.group(2))).isGreaterThanOrEqualTo(QrCodes.QUIET_ZONE);
        }
    }

    /** Paints the SVG's modules black on white and decodes the picture. */
    static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1)) * PIXELS_PER_MODULE;
        int height = Integer.parseInt(box.group(2)) * PIXELS_PER_MODULE;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x0 = Integer.parseInt(module.group(1)) * PIXELS_PER_MODULE;
            int y0 = Integer.parseInt(module.group(2)) * PIXELS_PER_MODULE;
            for (int y = y0; y < y0 + PIXELS_PER_MODULE; y++) {
                Arrays.fill(pixels, y * width + x0, y * width + x0 + PIXELS_PER_MODULE, 0xFF000000);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
