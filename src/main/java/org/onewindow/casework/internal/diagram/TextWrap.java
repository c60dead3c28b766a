package org.onewindow.casework.internal.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines of at most {@code width} characters: at spaces for Latin text, anywhere for
 * Chinese (which has no spaces; a CJK character counts as two). Text beyond the last line ends in "…".
 */
final class TextWrap {

    private TextWrap() {
    }

    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : text.trim().split("(?<= )|(?=[\\u3000-\\u9fff])|(?<=[\\u3000-\\u9fff])")) {
            int wordWidth = width(word);
            if (lineWidth + wordWidth > width && line.length() > 0) {
                lines.add(line.toString().trim());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(word);
            lineWidth += wordWidth;
        }
        if (line.length() > 0) {
            lines.add(line.toString().trim());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, cut.get(maxLines - 1) + "…");
            return cut;
        }
        return lines;
    }

    private static int width(String word) {
        int width = 0;
        for (char c : word.toCharArray()) {
            width += c >= '\u3000' && c <= '\u9fff' ? 2 : 1;
        }
        return width;
    }
}
