package org.onewindow.casework.internal.diagram;

/** Builds SVG text; everything that comes from a model (names, ids) goes through {@link #text} or {@link #attr}. */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(8192);

    SvgWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    SvgWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    SvgWriter attr(String value) {
        out.append(escape(value));
        return this;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
