package org.onewindow.reporting.internal.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote,
 * line break or surrounding spaces, quotes doubled. UTF-8 with a byte order mark, which is how Excel knows the
 * file is UTF-8 and shows Chinese instead of mojibake.
 * <p>
 * Reading CSV is done with Apache Commons CSV; writing stays here on purpose: its {@code CSVPrinter} in
 * {@code RFC4180} quotes more than needed (an empty first field as {@code ""}, a field starting with '#' or '!'),
 * so files downloaded before and after would differ for the same report.
 */
final class CsvWriter {

    private static final String BOM = "\uFEFF";

    private final CellValues values;

    CsvWriter(CellValues values) {
        this.values = values;
    }

    void write(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        writeRecord(writer, table.headers().stream().map(header -> (Object) header).toList());
        for (List<Object> row : table.rows()) {
            writeRecord(writer, row);
        }
        writer.flush();
    }

    private void writeRecord(Writer writer, List<Object> row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(row.get(i)));
        }
        writer.write("\r\n");
    }

    private String field(Object value) {
        String text = values.text(value);
        if (values.isText(value)) {
            text = neutraliseFormula(text);
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * Text from citizens (survey comments) must not run as a formula when a manager opens the file in a
     * spreadsheet ("CSV injection"): a text starting with = + - @ or a tab or carriage return gets a leading
     * apostrophe, as OWASP advises. Numbers are not text and keep their sign.
     */
    static String neutraliseFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
