package org.onewindow.reporting.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Exports a report table as CSV or XLSX for managers to work on in a spreadsheet. Instants are written in the
 * hall's time zone, given at construction (e.g. {@code clock.getZone()}). The CSV carries the headers and rows
 * only; the title names the sheet, the workbook and the file.
 */
public final class TableExport {

    public static final String CSV_CONTENT_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CsvWriter csv;
    private final XlsxWriter xlsx;

    public TableExport(ZoneId hallZone) {
        CellValues values = new CellValues(Objects.requireNonNull(hallZone, "hallZone"));
        this.csv = new CsvWriter(values);
        this.xlsx = new XlsxWriter(values);
    }

    /** RFC 4180 CSV, UTF-8 with a byte order mark, numbers with '.' as decimal mark. */
    public byte[] csv(ReportTable table) {
        return toBytes(out -> csv(table, out));
    }

    /** As {@link #csv(ReportTable)}, written to a stream (e.g. a download) instead of an array. */
    public void csv(ReportTable table, OutputStream out) throws IOException {
        csv.write(table, out);
    }

    /** An Excel workbook with one sheet named after the title; at most 1,048,575 rows. */
    public byte[] xlsx(ReportTable table) {
        return toBytes(out -> xlsx(table, out));
    }

    /** As {@link #xlsx(ReportTable)}, written to a stream (e.g. a download) instead of an array. */
    public void xlsx(ReportTable table, OutputStream out) throws IOException {
        xlsx.write(table, out);
    }

    /**
     * A file name for the download from the table's title and the extension ("csv", "xlsx"): characters that
     * Windows or macOS refuse in a name are replaced, Chinese is kept.
     */
    public static String fileName(ReportTable table, String extension) {
        String base = table.title().strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("^\\.+", "");
        if (base.isEmpty()) {
            base = "report";
        }
        if (base.length() > 100) {
            base = base.substring(0, Character.isHighSurrogate(base.charAt(99)) ? 99 : 100);
        }
        return base + "." + extension;
    }

    private static byte[] toBytes(StreamWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            // Only the temporary file of a streaming workbook can fail here.
            throw new UncheckedIOException("Could not write the export", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }
}
