package org.onewindow.reporting.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Instant CLOSED = Instant.parse("2026-11-28T02:30:00Z"); // 10:30 in the hall

    private final TableExport export = new TableExport(HALL);

    /** Headers and rows with everything that tends to go wrong: quotes, commas, line breaks, Chinese, formulas. */
    private static ReportTable sample() {
        return new ReportTable("Departments 2026/11: 好差评 [draft]",
                List.of("Department", "Cases", "Good-review rate", "Closed",
                        "Due", "Comment", "Reviewed"),
                List.of(
                        Arrays.asList("公安局出入境管理处", 120, 0.953, CLOSED, LocalDate.of(2026, 12, 1), "快, 好", true),
                        Arrays.asList("Tax \"Office\"", 7L, new BigDecimal("0.10"),
                                LocalDateTime.of(2026, 11, 27, 9, 5), null,
                                "line one\nline two", false),
                        Arrays.asList("A & B", -3, Double.NaN, null, null, "=HYPERLINK(\"http://evil\")", null)));
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndCrlfRecords() {
        byte[] csv = export.csv(sample());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Department,Cases,Good-review rate,Closed,Due,Comment,Reviewed\r\n")
                .endsWith("\r\n");
        assertThat(text).contains("公安局出入境管理处");
    }

    @Test
    void csvReadsBackAsTheSameTable() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // a decimal comma must not leak into the file
            List<List<String>> records = records(new String(export.csv(sample()), StandardCharsets.UTF_8).substring(1));

            assertThat(records).hasSize(4);
            assertThat(records.get(1)).containsExactly("公安局出入境管理处", "120", "0.953", "2026-11-28 10:30:00", "2026-12-01",
                    "快, 好", "true");
            assertThat(records.get(2)).containsExactly("Tax \"Office\"", "7", "0.10", "2026-11-27 09:05:00", "",
                    "line one\nline two", "false");
            // NaN has no value; a formula from a citizen's comment is defused; a negative number stays a number.
            assertThat(records.get(3)).containsExactly("A & B", "-3", "", "", "", "'=HYPERLINK(\"http://evil\")", "");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        String text = new String(export.csv(new ReportTable("T", List.of("a", "b", "c", "d"),
                List.of(List.of("plain", "with,comma", "with \"quote\"", " padded")))), StandardCharsets.UTF_8);
        assertThat(text).contains("plain,\"with,comma\",\"with \"\"quote\"\"\",\" padded\"\r\n");
    }

    @Test
    void csvWritesNumbersInFullWithoutExponents() {
        String text = new String(export.csv(new ReportTable("T", List.of("a", "b", "c", "d"),
                List.of(List.of(1e20, 0.1, 3.0, 2.5f)))), StandardCharsets.UTF_8);
        assertThat(text).contains("100000000000000000000,0.1,3,2.5\r\n");
    }

    @Test
    void xlsxReadsBackWithTypedCells() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(sample())))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Departments 2026_11_ 好差评 _draft"); // 31 characters
            assertThat(workbook.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Departments 2026/11: 好差评 [draft]");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);

            Row header = sheet.getRow(0);
            for (int c = 0; c < 7; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(sample().headers().get(c));
                assertThat(workbook.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("公安局出入境管理处");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(120.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(0.953);
            assertDate(first.getCell(3), LocalDateTime.of(2026, 11, 28, 10, 30));
            assertDate(first.getCell(4), LocalDateTime.of(2026, 12, 1, 0, 0));
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(first.getCell(6).getBooleanCellValue()).isTrue();

            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(0.1);
            assertDate(second.getCell(3), LocalDateTime.of(2026, 11, 27, 9, 5));
            assertThat(second.getCell(4)).isNull();
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo("line one\nline two");

            Row third = sheet.getRow(3);
            assertThat(third.getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(third.getCell(2) == null || third.getCell(2).getCellType() == CellType.BLANK).isTrue();
            XSSFCell comment = sheet.getRow(3).getCell(5);
            assertThat(comment.getCellType()).isEqualTo(CellType.STRING); // never a formula
            assertThat(comment.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
        }
    }

    @Test
    void xlsxColumnsAreAsWideAsTheirTextWithChineseCountingDouble() throws Exception {
        ReportTable table = new ReportTable("Widths", List.of("ID", "Name", "名称"), List.of(
                List.of(1, "A rather long department name here", "市场监督管理局")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(table)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int id = sheet.getColumnWidth(0) / 256;
            int name = sheet.getColumnWidth(1) / 256;
            int chinese = sheet.getColumnWidth(2) / 256;
            assertThat(name).isGreaterThanOrEqualTo("A rather long department name here".length()).isLessThan(40);
            assertThat(chinese).isGreaterThanOrEqualTo(2 * "市场监督管理局".length());
            assertThat(id).isLessThan(8);
        }
    }

    @Test
    void xlsxStreamsALargeTable() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(List.of("Case " + i, i, i * 0.5));
        }
        byte[] xlsx = export.xlsx(new ReportTable("Cases", List.of("Case", "Number", "Half"), rows));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(20_000);
            // Rows long flushed to the temporary file are there too, in order.
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Case 0");
            assertThat(sheet.getRow(12_345).getCell(1).getNumericCellValue()).isEqualTo(12_344.0);
            assertThat(sheet.getRow(20_000).getCell(2).getNumericCellValue()).isEqualTo(19_999 * 0.5);
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        assertThat(XlsxWriter.sheetName("Q1/Q2: [draft]?*\\")).isEqualTo("Q1_Q2_ _draft____");
        assertThat(XlsxWriter.sheetName("'quoted'")).isEqualTo("_quoted_");
        assertThat(XlsxWriter.sheetName("A title that is much longer than thirty-one characters")).hasSize(31);
        assertThat(XlsxWriter.sheetName("   ")).isEqualTo("Report");
        assertThat(XlsxWriter.sheetName("History")).isEqualTo("History (report)");
        String thirtyThenEmoji = "x".repeat(30) + "\uD83D\uDE00";
        assertThat(XlsxWriter.sheetName(thirtyThenEmoji)).isEqualTo("x".repeat(30));
    }

    @Test
    void fileNamesKeepChineseAndDropWhatFileSystemsRefuse() {
        assertThat(TableExport.fileName(sample(), "xlsx")).isEqualTo("Departments 2026_11_ 好差评 [draft].xlsx");
        assertThat(TableExport.fileName(new ReportTable("  ", List.of("a"), List.of()), "csv")).isEqualTo("report.csv");
    }

    @Test
    void figuresAreTheScreensTextInCsvAndRoundedNumbersInExcel() throws IOException {
        ReportTable table = new ReportTable("Figures", List.of("Alpha", "Rate", "Days"),
                List.of(Arrays.asList(Figure.decimal(0.5925925925925926, 3), Figure.percent(0.8333333, 1),
                        Figure.decimal(2.675, 2))));
        List<List<String>> records = records(new String(export.csv(table), StandardCharsets.UTF_8).substring(1));
        // 2.675 is stored as 2.67499…: rounded as java.text.NumberFormat rounds it on screen.
        assertThat(records.get(1)).containsExactly("0.593", "83.3%", "2.67");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(table)))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(0.593);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(0.833);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter(Locale.ROOT).formatCellValue(row.getCell(1)))
                    .isEqualTo("83.3%");
        }
    }

    @Test
    void refusesRowsThatDoNotMatchTheHeaders() {
        assertThatThrownBy(() -> new ReportTable("T", List.of("a", "b"), List.of(List.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Row 1");
        assertThatThrownBy(() -> new ReportTable("T", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertDate(Cell cell, LocalDateTime expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(expected);
    }

    /** Reads the file back with the strict RFC 4180 format: CRLF between records, doubled quotes inside quotes. */
    private static List<List<String>> records(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
