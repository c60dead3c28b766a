package org.onewindow.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onewindow.shared.spreadsheet.ImportFile;

/** Catalog workbooks as a hall's editor makes them in Excel, for tests: written from rows, or an export edited. */
public final class CatalogWorkbooks {

    public static final String ITEMS = "事项 Items";
    public static final String MATERIALS = "材料 Materials";
    /** The items sheet's headers, in English (a hall may keep one language). */
    public static final List<String> ITEM_HEADERS = List.of("Item code", "Chinese name", "English name", "Kind",
            "Legal limit (working days)", "Promised limit (working days)", "Lead department code",
            "Collaborating department codes", "Online application", "At most one visit", "Guide (Chinese)",
            "Guide (English)");
    /** The materials sheet's headers, in Chinese. */
    public static final List<String> MATERIAL_HEADERS = List.of("事项编码", "序号", "材料中文名称", "材料英文名称", "必要/可选",
            "原件/复印件", "份数");

    private CatalogWorkbooks() {
    }

    /** A workbook with the items and materials rows under the headers above. */
    public static ImportFile workbook(List<List<String>> items, List<List<String>> materials) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet(ITEMS), ITEM_HEADERS, items);
            fill(workbook.createSheet(MATERIALS), MATERIAL_HEADERS, materials);
            workbook.write(out);
            return new ImportFile("catalog.xlsx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, List<String> headers, List<List<String>> rows) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            for (int i = 0; i < rows.get(r).size(); i++) {
                row.createCell(i).setCellValue(rows.get(r).get(i));
            }
        }
    }

    /** One item row: code, name zh/en, 承诺件 with the limits, the lead, no collaborators, online, not one visit. */
    public static List<String> item(String code, String nameZh, String nameEn, String legal, String promised,
            String lead) {
        return List.of(code, nameZh, nameEn, "承诺件", legal, promised, lead, "", "是", "否", "", "");
    }

    public static List<String> material(String code, String position, String nameZh, String nameEn, String copies) {
        return List.of(code, position, nameZh, nameEn, "必要", "原件", copies);
    }

    /** The export with one cell changed: the column named {@code header} of the row of item {@code code}. */
    public static ImportFile edited(byte[] export, String sheetName, String code, String header, String value) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet(sheetName);
            Row headers = sheet.getRow(0);
            int column = -1;
            for (int c = 0; c < headers.getLastCellNum(); c++) {
                if (headers.getCell(c).getStringCellValue().contains(header)) {
                    column = c;
                }
            }
            DataFormatter formatter = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && code.equals(formatter.formatCellValue(row.getCell(0)))) {
                    // A new cell: POI keeps the old text of an inline string cell (as the export writes them).
                    row.removeCell(row.getCell(column));
                    row.createCell(column).setCellValue(value);
                    break;
                }
            }
            workbook.write(out);
            return new ImportFile("catalog.xlsx", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
