package org.onewindow.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows as RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote, line
 * break or surrounding spaces, quotes doubled. Every field is text typed by someone (names, subjects), so one that
 * starts with = + - @, a tab or a carriage return gets a leading apostrophe and cannot run as a formula in a
 * spreadsheet ("CSV injection", as OWASP advises). The module's own writer: reporting's is its internal.
 */
final class AuditCsvWriter {

    private final Writer out;

    AuditCsvWriter(Writer out) {
        this.out = out;
    }

    void row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
