package org.onewindow.reporting.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an Excel workbook with one sheet, streaming (SXSSF): only a window of rows is in memory
 * while the rest goes to a compressed temporary file, so a long export does not hold a whole workbook model.
 * The header row is bold, frozen and filterable; numbers are number cells, dates and instants date cells.
 *
 * <p>Column widths are computed from the text of the cells rather than with POI's {@code autoSizeColumn}:
 * that one measures with AWT fonts, which a slim server image may not have (it then fails or guesses wrong for
 * Chinese), and with SXSSF it only sees the rows still in memory. Counting characters (Chinese ones double) is
 * cheap for every row and right where it matters.
 */
final class XlsxWriter {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int ROW_WINDOW = 200;
    private static final int MAX_COLUMN_CHARS = 60;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final CellValues values;

    XlsxWriter(CellValues values) {
        this.values = values;
    }

    void write(ReportTable table, OutputStream out) throws IOException {
        int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
        if (table.rows().size() + 1 > maxRows) {
            throw new IllegalArgumentException("A sheet holds at most " + (maxRows - 1) + " rows; this table has "
                    + table.rows().size() + ". Narrow the selection or export CSV.");
        }
        if (table.headers().size() > SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
            throw new IllegalArgumentException("Too many columns for a sheet: " + table.headers().size());
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(table.title());
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
            int[] widths = new int[table.headers().size()];

            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = header.createCell(c);
                String text = cappedText(table.headers().get(c));
                cell.setCellValue(text);
                cell.setCellStyle(styles.header);
                widths[c] = displayWidth(text) + 2; // room for the filter button
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                Row sheetRow = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    widths[c] = Math.max(widths[c], writeCell(sheetRow, c, row.get(c), styles));
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_COLUMN_CHARS, widths[c] + 1) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, widths.length - 1));
            workbook.write(out);
        }
    }

    /** Writes the value in column {@code c} and returns its display width in characters. */
    private int writeCell(Row row, int c, Object value, Styles styles) {
        // No cell at all for an empty value, nor for NaN and infinities, which Excel has no number for.
        if (value == null || (value instanceof Number && !CellValues.isNumber(value))) {
            return 0;
        }
        Cell cell = row.createCell(c);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return CellValues.numberText(value).length();
        }
        if (value instanceof Figure figure) {
            cell.setCellValue(figure.value().doubleValue());
            cell.setCellStyle(styles.figure(figure.excelFormat()));
            return figure.text().length();
        }
        if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
            return 5;
        }
        LocalDate date = CellValues.date(value);
        if (date != null) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        LocalDateTime dateTime = values.dateTime(value);
        if (dateTime != null) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(styles.dateTime);
            return 19;
        }
        // A string cell, never a formula: text from citizens cannot run in the manager's spreadsheet.
        String text = cappedText(values.text(value));
        cell.setCellValue(text);
        return displayWidth(text);
    }

    /** Excel refuses a cell of more than 32,767 characters; a long comment is cut rather than the export failing. */
    private static String cappedText(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    /** Characters as Excel's column width counts them: Chinese and other wide characters count two. */
    static int displayWidth(String text) {
        int width = 0;
        int longestLine = 0;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                longestLine = Math.max(longestLine, width);
                width = 0;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF01 && codePoint <= 0xFF60);
            width += wide ? 2 : 1;
        }
        return Math.max(longestLine, width);
    }

    /**
     * The title as a sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or
     * ending with an apostrophe, not blank, and not the reserved "History".
     */
    static String sheetName(String title) {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty()) {
            return "Report";
        }
        if (name.equalsIgnoreCase("history")) {
            name = name + " (report)";
        }
        if (name.length() > 31) {
            // Cut before POI does, so that a Chinese character outside the basic plane is not split in two.
            name = name.substring(0, Character.isHighSurrogate(name.charAt(30)) ? 30 : 31);
        }
        return WorkbookUtil.createSafeSheetName(name, '_');
    }

    /** Cell styles are per workbook and limited in number: made once, shared by every cell. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        private final SXSSFWorkbook workbook;
        /** One style per number format: a workbook holds at most 64,000 styles, a report uses a handful. */
        private final java.util.Map<String, CellStyle> figures = new java.util.HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
            short dateTimeFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(dateTimeFormat);
        }

        CellStyle figure(String format) {
            return figures.computeIfAbsent(format, f -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(f));
                return style;
            });
        }
    }
}
