package org.onewindow.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Real .xlsx files made with POI and real CSV text, read as a hall's uploads are. */
class TableReaderTest {

    static final ImportTemplate TEMPLATE = new ImportTemplate("people", List.of(
            new TemplateColumn("code", "部门代码", "Department code", true, "AMR", "代码", "The code"),
            new TemplateColumn("name", "中文名称", "Chinese name", true, "市场监督管理局", "名称", "The name"),
            new TemplateColumn("mobile", "手机号码", "Mobile", false, "13800138000", "手机", "The mobile")));

    private final TableReader reader = new TableReader(100, 1024 * 1024);

    @Test
    void readsAnExcelWorkbookByHeadersInEitherLanguageTrimmedWithoutEmptyRows() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Department code", " 中文名称 / Chinese name ", "手机号码", "Remarks");
            row(sheet, 1, " AMR ", "市场监督管理局\u3000", null, "ignored");
            sheet.createRow(2); // formatted but empty
            row(sheet, 3, "", "", "", "");
            Row numeric = row(sheet, 4, "TAX", "税务局", null, null);
            numeric.createCell(2).setCellValue(13800138000d); // a mobile number typed as a number
        });

        List<TableRow> rows = reader.read(new ImportFile("部门.xlsx", xlsx), TEMPLATE);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(0).get("code")).isEqualTo("AMR");
        assertThat(rows.get(0).get("name")).isEqualTo("市场监督管理局");
        assertThat(rows.get(0).get("mobile")).isEmpty();
        assertThat(rows.get(1).row()).as("the row as Excel numbers it, empty rows counted").isEqualTo(5);
        assertThat(rows.get(1).get("mobile")).isEqualTo("13800138000");
        assertThat(rows.get(1).problem("code", "wrong"))
                .isEqualTo(new ImportProblem("部门.xlsx", 5, "Department code", "wrong"));
    }

    @Test
    void readsUtf8CsvWithAByteOrderMarkQuotedCommasAndEmptyLines() {
        String csv = "\uFEFF部门代码,中文名称\r\nAMR, \"市场监督管理局,窗口\" \r\n\r\n,\r\nTAX,税务局\r\n";

        List<TableRow> rows = reader.read(new ImportFile("d.CSV", csv.getBytes(StandardCharsets.UTF_8)), TEMPLATE);

        assertThat(rows).extracting(TableRow::row).containsExactly(2, 5);
        assertThat(rows.get(0).get("name")).isEqualTo("市场监督管理局,窗口");
        assertThat(rows.get(0).get("mobile")).as("an optional column left out").isEmpty();
        assertThat(rows.get(1).get("code")).isEqualTo("TAX");
    }

    @Test
    void aMissingRequiredColumnIsNamedOnTheHeaderRow() {
        ImportRejectedException rejected = rejected("d.csv", "部门代码,Mobile\nAMR,13800138000\n");

        assertThat(rejected.problems()).containsExactly(new ImportProblem("d.csv", 1, "中文名称 / Chinese name",
                "The column 中文名称 / Chinese name is missing; copy its header from the template into the first row."));
    }

    @Test
    void aCsvNotInUtf8IsRefusedSayingHowToSaveIt() {
        byte[] gbk = "部门代码,中文名称\nAMR,市场监督管理局\n".getBytes(Charset.forName("GBK"));

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> reader.read(new ImportFile("gbk.csv", gbk), TEMPLATE));

        assertThat(rejected.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isZero();
            assertThat(problem.file()).isEqualTo("gbk.csv");
            assertThat(problem.message()).contains("not in UTF-8", "CSV UTF-8");
        });
    }

    @Test
    void limitsOnRowsAndSizeAndTheFileTypeAreSaid() {
        StringBuilder many = new StringBuilder("部门代码,中文名称\n");
        for (int i = 0; i < 101; i++) {
            many.append("C").append(i).append(",名\n");
        }
        assertThat(rejected("d.csv", many.toString()).problems().get(0).message())
                .isEqualTo("The file has more than 100 rows of data; split it into several files.");
        TableReader small = new TableReader(100, 2048);
        assertThat(small.read(new ImportFile("d.csv", "部门代码,中文名称\n".getBytes(StandardCharsets.UTF_8)),
                TEMPLATE)).isEmpty();
        ImportRejectedException large = catchThrowableOfType(ImportRejectedException.class,
                () -> small.read(new ImportFile("d.csv", new byte[2049]), TEMPLATE));
        assertThat(large.problems().get(0).message())
                .isEqualTo("The file d.csv is too large: at most 2 KB. Split it into several files.");
        assertThat(rejected("d.xls", "x").problems().get(0).message()).contains(".xlsx", ".csv");
        assertThat(rejected("d.xlsx", "not a workbook").problems().get(0).message())
                .contains("cannot be read as an Excel workbook");
    }

    @Test
    void aColumnTwiceIsRefused() {
        assertThat(rejected("d.csv", "部门代码,中文名称,Department code\nA,B,C\n").problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Department code"));
    }

    private ImportRejectedException rejected(String name, String content) {
        return catchThrowableOfType(ImportRejectedException.class,
                () -> reader.read(new ImportFile(name, content.getBytes(StandardCharsets.UTF_8)), TEMPLATE));
    }

    static byte[] workbook(java.util.function.Consumer<Sheet> content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook.createSheet("data"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }
}
