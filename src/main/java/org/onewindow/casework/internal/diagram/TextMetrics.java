package org.onewindow.casework.internal.diagram;

/**
 * How much room a label takes at the diagram's font size. The server has no browser to measure text, so widths are
 * estimated per character from a common sans-serif (Chinese characters are square, one em), on the generous side:
 * a label that is placed by these sizes does not run into its neighbours on screen.
 */
final class TextMetrics {

    /** The labels' font size in px at the diagram's natural size (legible without zooming, WCAG). */
    static final int FONT_SIZE = 12;
    static final int LINE_HEIGHT = 14;
    /** Part of a line above its baseline and below it. */
    static final double ASCENT = 11;
    static final double DESCENT = 3;

    private TextMetrics() {
    }

    static double width(String text) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += em(text.charAt(i));
        }
        return ems * FONT_SIZE;
    }

    private static double em(char c) {
        if (c >= '\u2e80' || Character.isIdeographic(c)) {
            return 1.0; // CJK and full-width punctuation
        }
        if ("il.,;:'|!j ".indexOf(c) >= 0) {
            return 0.3;
        }
        if ("frt()-".indexOf(c) >= 0) {
            return 0.4;
        }
        if (c == 'm' || c == 'w') {
            return 0.85;
        }
        if (c == 'M' || c == 'W') {
            return 0.95;
        }
        return Character.isUpperCase(c) ? 0.72 : 0.58;
    }

    /** The box of one line written at {@code baseline}, {@code x} being its left end. */
    static Box lineBox(String line, double x, double baseline) {
        return new Box(x, baseline - ASCENT, width(line), ASCENT + DESCENT);
    }
}
