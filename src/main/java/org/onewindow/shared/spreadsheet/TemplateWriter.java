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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

    public static byte[] xlsx(ImportTemplate template) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            // Text cells: Excel keeps leading zeros and long digit runs (codes, mobile numbers) as typed.
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat((short) BuiltinFormats.getBuiltinFormat("@"));

            Sheet data = workbook.createSheet(template.name());
            Row header = data.createRow(0);
            Row example = data.createRow(1);
            List<TemplateColumn> columns = template.columns();
            for (int i = 0; i < columns.size(); i++) {
                TemplateColumn column = columns.get(i);
                header.createCell(i).setCellValue(column.header());
                header.getCell(i).setCellStyle(bold);
                example.createCell(i).setCellValue(column.example());
                example.getCell(i).setCellStyle(text);
                data.setDefaultColumnStyle(i, text);
                data.setColumnWidth(i, Math.min(255, Math.max(16, column.header().length() + 6)) * 256);
            }
            data.createFreezePane(0, 1);

            Sheet notes = workbook.createSheet(NOTES_SHEET);
            Row notesHeader = notes.createRow(0);
            String[] titles = { "列 Column", "必填 Required", "说明", "Notes", "示例 Example" };
            for (int i = 0; i < titles.length; i++) {
                notesHeader.createCell(i).setCellValue(titles[i]);
                notesHeader.getCell(i).setCellStyle(bold);
            }
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
