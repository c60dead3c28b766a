package org.onewindow.reporting.internal.chart;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes one SVG document. Every piece of text from data (names, labels, titles) goes through
 * {@link #escape}, so a department called {@code A & B <x>} neither breaks the markup nor injects any.
 * Shapes carry presentation attributes rather than a {@code <style>} element, because a style inside inline SVG
 * applies to the whole page it is placed in.
 */
final class Svg {

    static final double WIDTH = 640;
    static final String TEXT = "#212121";
    static final String MUTED = "#616161";
    static final String GRID = "#e0e0e0";
    static final String AXIS = "#9e9e9e";

    /** Several charts share a page; their title/desc/gradient ids must not collide. */
    private static final AtomicLong NEXT_ID = new AtomicLong();

    private final StringBuilder out = new StringBuilder(8192);
    private final String id = "ow-chart-" + NEXT_ID.incrementAndGet();

    /**
     * Opens the document: a viewBox of {@link #WIDTH} x {@code height} that scales to its container
     * (width 100%), the accessible name and description, and the visible title.
     */
    Svg(double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(WIDTH)).append(' ')
                .append(num(height))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" font-family=\"sans-serif\" font-size=\"11\">");
        out.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(num(WIDTH)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#ffffff\"/>");
        text(12, 22, TextWidth.fit(title, WIDTH - 24, 15), "start", 15, TEXT, true);
    }

    /** A document that says there is nothing to draw, keeping the chart's title. */
    static String noData(String title, String message) {
        Svg svg = new Svg(120, title, message);
        svg.text(WIDTH / 2, 72, message, "middle", 13, MUTED, false);
        return svg.end();
    }

    /** An id unique to this document, for gradients and the like. */
    String id(String suffix) {
        return id + "-" + suffix;
    }

    Svg rect(double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, width)))
                .append("\" height=\"").append(num(Math.max(0, height))).append("\" fill=\"").append(escape(fill))
                .append('"');
        return closeWithTooltip("rect", tooltip);
    }

    Svg outline(double x, double y, double width, double height, String stroke) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, width)))
                .append("\" height=\"").append(num(Math.max(0, height))).append("\" fill=\"none\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"1\"/>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return line(x1, y1, x2, y2, stroke, width, null);
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(num(width)).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>");
        return this;
    }

    Svg path(String d, String stroke, double width, String dash) {
        out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"")
                .append(num(width)).append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>");
        return this;
    }

    /** A filled shape given as path data, e.g. a marker. */
    Svg shape(String d, String fill, String tooltip) {
        out.append("<path d=\"").append(d).append("\" fill=\"").append(fill)
                .append("\" stroke=\"#ffffff\" stroke-width=\"1\"");
        return closeWithTooltip("path", tooltip);
    }

    Svg text(double x, double y, String content, String anchor, double size, String fill, boolean bold) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor)
                .append("\" font-size=\"").append(num(size)).append("\" fill=\"").append(fill).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(escape(content)).append("</text>");
        return this;
    }

    /** Text turned a quarter left about its anchor, for a vertical axis title. */
    Svg verticalText(double x, double y, String content, double size, String fill) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" transform=\"rotate(-90 ")
                .append(num(x)).append(' ').append(num(y)).append(")\" text-anchor=\"middle\" font-size=\"")
                .append(num(size))
                .append("\" fill=\"").append(fill).append("\">").append(escape(content)).append("</text>");
        return this;
    }

    /** Opens a group whose tooltip ({@code <title>}) is the full text of what it holds. */
    Svg group(String cssClass, String tooltip) {
        out.append("<g class=\"").append(escape(cssClass)).append("\">");
        if (tooltip != null) {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        return this;
    }

    Svg endGroup() {
        out.append("</g>");
        return this;
    }

    /** Markup written by this package from constants and numbers only, never from data. */
    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    private Svg closeWithTooltip(String tag, String tooltip) {
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></").append(tag).append('>');
        }
        return this;
    }

    /**
     * Escapes text for XML content and attribute values. Characters XML 1.0 does not allow at all (control
     * characters, lone surrogates) are dropped, since even escaped they make the document ill-formed.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** A coordinate with at most one decimal, '.' whatever the locale, no "-0". */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
