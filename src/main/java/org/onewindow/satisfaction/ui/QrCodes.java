package org.onewindow.satisfaction.ui;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * QR codes drawn on the server as SVG with ZXing: sharp on paper at any size, and nothing for the browser to
 * build. One unit of the drawing is one module of the code, with the quiet zone of four modules around it
 * that scanners need.
 */
final class QrCodes {

    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** The code of {@code text} as a standalone SVG document. */
    static String svg(String text) {
        return svg(text, "QR code");
    }

    /** The same, named {@code label} for screen readers (plain text, no markup). */
    static String svg(String text, String label) {
        BitMatrix matrix;
        try {
            // Medium error correction survives a crease or a smudge on a printed sheet.
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code of " + text.length() + " characters.", e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape(label) + "\">"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /**
     * The code as a component, sized by CSS ({@code .qr-code}). Inside a div, so that the browser's HTML parser
     * puts the drawing in the SVG namespace (an Html component whose root is the svg would not be drawn).
     */
    static Html component(String text, String id) {
        Html html = new Html("<div class=\"qr-code\">" + svg(text, I18NProvider.translate("satisfaction.qr.label"))
                + "</div>");
        html.setId(id);
        return html;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
