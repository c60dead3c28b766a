package org.onewindow.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onewindow.shared.spreadsheet.ImportFile;

/** Upload files as a hall makes them: CSV text in UTF-8 with Excel's byte order mark, or a workbook made by POI. */
final class ImportFiles {

    private ImportFiles() {
    }

    /** Each line's cells separated by commas, no quoting needed in the tests' values. */
    static ImportFile csv(String name, String... lines) {
        return new ImportFile(name, ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Each line's cells separated by commas, written as string cells of the first sheet. */
    static ImportFile xlsx(String name, String... lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return new ImportFile(name, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
