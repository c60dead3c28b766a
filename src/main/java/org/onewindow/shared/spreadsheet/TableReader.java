package org.onewindow.shared.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onewindow.shared.i18n.Translations;

/**
 * Reads an uploaded .xlsx (its first sheet) or .csv (UTF-8, a byte order mark allowed) into rows keyed by the
 * template's columns: the first row holds the headers, matched in either language; cells are trimmed; rows with no
 * value at all are skipped. A file larger than {@code maxBytes} or with more than {@code maxRows} data rows is
 * refused before its rows are checked, saying the limit. Messages are in the language of the person served.
 */
public class TableReader {

    private final int maxRows;
    private final long maxBytes;

    public TableReader(int maxRows, long maxBytes) {
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /**
     * The file's data rows, in file order.
     *
     * @throws ImportRejectedException when the file cannot be read, breaks a limit or lacks a required column
     */
    public List<TableRow> read(ImportFile file, ImportTemplate template) {
        if (file.content().length > maxBytes) {
            throw rejected(file.fileName(), Translations.current("shared.import.error.tooLarge", file.fileName(),
                    Math.max(1, maxBytes / 1024)));
        }
        List<List<String>> lines;
        if (file.isXlsx()) {
            lines = xlsx(file);
        } else if (file.isCsv()) {
            lines = csv(file);
        } else {
            throw rejected(file.fileName(), Translations.current("shared.import.error.fileType", file.fileName()));
        }
        return rows(file.fileName(), lines, template);
    }

    /**
     * The data rows of several sheets of one .xlsx workbook, each read from the sheet named as its template
     * ({@link ImportTemplate#name()}), in the templates' order. A row's file reads "file › sheet" so that its
     * problems say which sheet they are on. Every missing sheet or column of all sheets is reported at once.
     *
     * @throws ImportRejectedException when the file is not an .xlsx, cannot be read, breaks a limit or lacks a
     *     sheet or a required column
     */
    public List<List<TableRow>> readSheets(ImportFile file, List<ImportTemplate> templates) {
        if (file.content().length > maxBytes) {
            throw rejected(file.fileName(), Translations.current("shared.import.error.tooLarge", file.fileName(),
                    Math.max(1, maxBytes / 1024)));
        }
        if (!file.isXlsx()) {
            throw rejected(file.fileName(), Translations.current("shared.import.error.xlsxOnly", file.fileName()));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<List<TableRow>> sheets = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            for (ImportTemplate template : templates) {
                String label = file.fileName() + " › " + template.name();
                Sheet sheet = workbook.getSheet(template.name());
                if (sheet == null) {
                    problems.add(ImportProblem.ofFile(file.fileName(),
                            Translations.current("shared.import.error.missingSheet", template.name())));
                    sheets.add(List.of());
                    continue;
                }
                try {
                    sheets.add(rows(label, lines(label, workbook, sheet), template));
                } catch (ImportRejectedException rejected) {
                    problems.addAll(rejected.problems());
                    sheets.add(List.of());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw rejected(file.fileName(),
                    Translations.current("shared.import.error.unreadableXlsx", file.fileName()));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return sheets;
    }

    private List<TableRow> rows(String file, List<List<String>> lines, ImportTemplate template) {
        if (lines.isEmpty()) {
            throw rejected(file, Translations.current("shared.import.error.noHeader"));
        }
        List<String> headerCells = lines.get(0);
        Map<String, Integer> positions = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (TemplateColumn column : template.columns()) {
            for (int i = 0; i < headerCells.size(); i++) {
                if (column.matches(headerCells.get(i))) {
                    if (positions.containsKey(column.key())) {
                        problems.add(new ImportProblem(file, 1, headerCells.get(i),
                                Translations.current("shared.import.error.repeatedColumn", column.header())));
                    } else {
                        positions.put(column.key(), i);
                        headers.put(column.key(), headerCells.get(i).trim());
                    }
                }
            }
            if (!positions.containsKey(column.key())) {
                headers.put(column.key(), column.header());
                if (column.required()) {
                    problems.add(new ImportProblem(file, 1, column.header(),
                            Translations.current("shared.import.error.missingColumn", column.header())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        List<TableRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw rejected(file, Translations.current("shared.import.error.tooManyRows", maxRows));
            }
            Map<String, String> values = new LinkedHashMap<>();
            positions.forEach((key, position) -> values.put(key, position < cells.size() ? cells.get(position) : ""));
            rows.add(new TableRow(file, i + 1, values, headers));
        }
        return rows;
    }

    private List<List<String>> xlsx(ImportFile file) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            return lines(file.fileName(), workbook, workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw rejected(file.fileName(),
                    Translations.current("shared.import.error.unreadableXlsx", file.fileName()));
        }
    }

    private List<List<String>> lines(String file, Workbook workbook, Sheet sheet) {
        // The last row number counts formatted but empty rows too: a cheap guard before reading any cell.
        if (sheet.getLastRowNum() > maxRows * 2 + 100) {
            throw rejected(file, Translations.current("shared.import.error.tooManyRows", maxRows));
        }
        DataFormatter formatter = new DataFormatter();
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        List<List<String>> lines = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : trimmed(formatter.formatCellValue(cell, evaluator)));
                }
            }
            lines.add(cells);
        }
        return lines;
    }

    private static List<List<String>> csv(ImportFile file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.content()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw rejected(file.fileName(), Translations.current("shared.import.error.notUtf8", file.fileName()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Spaces around a quoted value (a, "b,c") are what people type by hand; they are not part of it.
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<List<String>> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(trimmed(cell)));
                lines.add(cells);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw rejected(file.fileName(), Translations.current("shared.import.error.unreadableCsv", file.fileName()));
        }
    }

    /** Trims spaces of either width: Chinese input methods type the full-width one. */
    private static String trimmed(String cell) {
        return cell == null ? "" : cell.strip().replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", "");
    }

    private static ImportRejectedException rejected(String file, String message) {
        return new ImportRejectedException(List.of(ImportProblem.ofFile(file, message)));
    }
}
