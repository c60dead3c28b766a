package org.onewindow.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The blank templates a hall downloads and fills in: the headers in both languages, one example row and, in the
 * .xlsx, a second sheet "说明 Notes" explaining each column in both languages. The .csv holds the headers and the
 * example (a CSV has no second sheet; the notes are in the .xlsx and in docs/operations.md), in UTF-8 with a byte
 * order mark so that Excel opens it with the Chinese intact.
 */
public final class TemplateWriter {

    /** The notes sheet's name. */
    public static final String NOTES_SHEET = "说明 Notes";

    private TemplateWriter() {
    }

    /** One data sheet of a workbook: its template (which names the sheet) and its rows, in the columns' order. */
    public record SheetRows(ImportTemplate template, List<List<String>> rows) {

        public SheetRows {
            rows = List.copyOf(rows);
        }

        /** The template's example row alone: a blank template to fill in. */
        public static SheetRows example(ImportTemplate template) {
            return new SheetRows(template, List.of(template.columns().stream().map(TemplateColumn::example).toList()));
        }
    }

    public static byte[] xlsx(ImportTemplate template) {
        return xlsx(List.of(SheetRows.example(template)));
    }

    /**
     * A workbook with one data sheet per template, filled with the given rows, and the notes sheet explaining the
     * columns of all of them (an export that is also the template to import it again).
     */
    public static byte[] xlsx(List<SheetRows> sheets) {
        // Streaming: an export of a whole catalog (tens of thousands of rows) keeps only a window of rows in memory.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            // Text cells: Excel keeps leading zeros and long digit runs (codes, mobile numbers) as typed.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat((short) BuiltinFormats.getBuiltinFormat("@"));

            for (SheetRows sheet : sheets) {
                Sheet data = workbook.createSheet(sheet.template().name());
                Row header = data.createRow(0);
                List<TemplateColumn> columns = sheet.template().columns();
                for (int i = 0; i < columns.size(); i++) {
                    TemplateColumn column = columns.get(i);
                    header.createCell(i).setCellValue(column.header());
                    header.getCell(i).setCellStyle(bold);
                    data.setDefaultColumnStyle(i, text);
                    data.setColumnWidth(i, Math.min(255, Math.max(16, column.header().length() + 6)) * 256);
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    Row row = data.createRow(r + 1);
                    List<String> values = sheet.rows().get(r);
                    for (int i = 0; i < values.size(); i++) {
                        row.createCell(i).setCellValue(values.get(i) == null ? "" : values.get(i));
                        row.getCell(i).setCellStyle(text);
                    }
                }
                data.createFreezePane(0, 1);
            }

            Sheet notes = workbook.createSheet(NOTES_SHEET);
            Row notesHeader = notes.createRow(0);
            String[] titles = { "列 Column", "必填 Required", "说明", "Notes", "示例 Example" };
            for (int i = 0; i < titles.length; i++) {
                notesHeader.createCell(i).setCellValue(titles[i]);
                notesHeader.getCell(i).setCellStyle(bold);
            }
            List<TemplateColumn> columns = sheets.stream().flatMap(sheet -> sheet.template().columns().stream())
                    .toList();
            for (int i = 0; i < columns.size(); i++) {
                TemplateColumn column = columns.get(i);
                Row row = notes.createRow(i + 1);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(column.required() ? "是 Yes" : "否 No");
                row.createCell(2).setCellValue(column.noteZh());
                row.createCell(3).setCellValue(column.noteEn());
                row.createCell(4).setCellValue(column.example());
            }
            notes.setColumnWidth(0, 30 * 256);
            notes.setColumnWidth(1, 14 * 256);
            notes.setColumnWidth(2, 60 * 256);
            notes.setColumnWidth(3, 70 * 256);
            notes.setColumnWidth(4, 24 * 256);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(ImportTemplate template) {
        return csv(List.of(template.columns().stream().map(TemplateColumn::header).toList(),
                template.columns().stream().map(TemplateColumn::example).toList()));
    }

    /** Rows as RFC 4180 CSV in UTF-8 with a byte order mark (for Excel), lines ending CRLF. */
    public static byte[] csv(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                String value = row.get(i) == null ? "" : row.get(i);
                if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                    value = '"' + value.replace("\"", "\"\"") + '"';
                }
                csv.append(value);
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
