package org.onewindow.reporting.internal.chart;

/**
 * Estimates how wide text will be, to lay out labels on the server where no font is measured. Chinese
 * characters are a full em wide, Latin ones a little over half; good enough to size a label column and to cut
 * a label that would not fit.
 */
final class TextWidth {

    private static final String ELLIPSIS = "\u2026";

    private TextWidth() {
    }

    static double of(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            ems += ems(codePoint);
            i += Character.charCount(codePoint);
        }
        return ems * fontSize;
    }

    /** The text, cut with an ellipsis if it is wider than {@code maxWidth}. */
    static String fit(String text, double maxWidth, double fontSize) {
        if (of(text, fontSize) <= maxWidth) {
            return text;
        }
        double budget = maxWidth - of(ELLIPSIS, fontSize);
        double used = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            double width = ems(codePoint) * fontSize;
            if (used + width > budget) {
                break;
            }
            used += width;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static double ems(int codePoint) {
        if (isWide(codePoint)) {
            return 1.0;
        }
        if (codePoint == ' ') {
            return 0.3;
        }
        if ("il.,:;'|!()[]".indexOf(codePoint) >= 0) {
            return 0.32;
        }
        if (Character.isUpperCase(codePoint) || "mwMW@%&".indexOf(codePoint) >= 0) {
            return 0.7;
        }
        return 0.56;
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK punctuation
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60) // full-width forms, e.g. （ ）
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
    }
}
