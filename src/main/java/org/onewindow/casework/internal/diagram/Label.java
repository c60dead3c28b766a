package org.onewindow.casework.internal.diagram;

import java.util.List;
import java.util.Locale;

/** A label's lines and the box they take, centred in it. */
record Label(List<String> lines, Box box) {

    static Label at(List<String> lines, double left, double top) {
        return new Label(lines, new Box(left, top, TextWrap.widest(lines), lines.size() * TextMetrics.LINE_HEIGHT));
    }

    static double height(List<String> lines) {
        return lines.size() * TextMetrics.LINE_HEIGHT;
    }

    /** One {@code text} element per line, so that each line's place can be read back from the drawing. */
    void write(SvgWriter svg, String cssClass) {
        for (int i = 0; i < lines.size(); i++) {
            double baseline = box.y() + i * TextMetrics.LINE_HEIGHT
                    + (TextMetrics.LINE_HEIGHT - TextMetrics.ASCENT - TextMetrics.DESCENT) / 2 + TextMetrics.ASCENT;
            svg.raw(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">",
                    cssClass, box.centreX(), baseline)).text(lines.get(i)).raw("</text>");
        }
    }
}
