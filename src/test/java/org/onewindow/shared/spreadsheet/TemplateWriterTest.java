package org.onewindow.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The templates a hall downloads read back as a valid file with the example row, and explain every column. */
class TemplateWriterTest {

    private final TableReader reader = new TableReader(100, 1024 * 1024);

    @Test
    void theExcelTemplateHasBilingualHeadersAnExampleAndNotes() throws IOException {
        byte[] xlsx = TemplateWriter.xlsx(TableReaderTest.TEMPLATE);

        List<TableRow> rows = reader.read(new ImportFile("template.xlsx", xlsx), TableReaderTest.TEMPLATE);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(2);
            assertThat(row.get("code")).isEqualTo("AMR");
            assertThat(row.get("mobile")).isEqualTo("13800138000");
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("部门代码 / Department code");
            Sheet notes = workbook.getSheet(TemplateWriter.NOTES_SHEET);
            assertThat(notes.getLastRowNum()).isEqualTo(3);
            assertThat(notes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("中文名称 / Chinese name");
            assertThat(notes.getRow(2).getCell(1).getStringCellValue()).isEqualTo("是 Yes");
            assertThat(notes.getRow(2).getCell(2).getStringCellValue()).isEqualTo("名称");
            assertThat(notes.getRow(2).getCell(3).getStringCellValue()).isEqualTo("The name");
        }
    }

    @Test
    void theCsvTemplateIsUtf8ForExcelAndReadsBack() {
        byte[] csv = TemplateWriter.csv(TableReaderTest.TEMPLATE);

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFF部门代码 / Department code,中文名称 / Chinese name,手机号码 / Mobile\r\n"
                        + "AMR,市场监督管理局,13800138000\r\n");
        assertThat(reader.read(new ImportFile("t.csv", csv), TableReaderTest.TEMPLATE)).singleElement()
                .satisfies(row -> assertThat(row.get("name")).isEqualTo("市场监督管理局"));
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        assertThat(new String(TemplateWriter.csv(List.of(List.of("a,b", "say \"hi\"", "x"))), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF\"a,b\",\"say \"\"hi\"\"\",x\r\n");
    }
}
