package org.onewindow.casework.internal.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines no wider than a width in px: at spaces for Latin text, between any two characters for
 * Chinese (which has no spaces). Nothing is ever cut: a word wider than the width keeps a line of its own, and the
 * layout gives it room.
 */
final class TextWrap {

    private TextWrap() {
    }

    static List<String> wrap(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim()
                .split("(?<= )|(?=[\\u3000-\\u9fff\\uff00-\\uffef])|(?<=[\\u3000-\\u9fff\\uff00-\\uffef])")) {
            String candidate = line + word;
            if (line.length() > 0 && TextMetrics.width(candidate.trim()) > maxWidth) {
                lines.add(line.toString().trim());
                line.setLength(0);
            }
            line.append(word);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().trim());
        }
        return lines;
    }

    static double widest(List<String> lines) {
        return lines.stream().mapToDouble(TextMetrics::width).max().orElse(0);
    }
}
