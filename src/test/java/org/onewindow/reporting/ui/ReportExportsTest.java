package org.onewindow.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.reporting.ui.ReportParts.ExportLinks;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * What a manager downloads says what the page says: the same names, labels and rounding, read back from the CSV
 * (Commons CSV, RFC 4180) and from the Excel sheet as Excel shows it (POI's {@code DataFormatter} applies the cells'
 * number formats). Codes may stand beside the names. Every page also names each download link after its table.
 */
class ReportExportsTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), HALL);

    private final ProcessReportService process = mock(ProcessReportService.class);
    private final SatisfactionReportService satisfaction = mock(SatisfactionReportService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private final CatalogService catalog = mock(CatalogService.class);

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        ReportFixtures.stub(process, satisfaction, directory, catalog);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @ParameterizedTest
    @ValueSource(strings = { "zh-CN", "en" })
    void serviceItemsExportAsTheScreenShowsThem(String language) throws IOException {
        ReportTexts texts = open(language);
        ProcessReportView view = new ProcessReportView(process, directory, catalog, CLOCK);
        UI.getCurrent().add(view);

        Grid<?> grid = _get(view, Grid.class, spec -> spec.withId("report-items-grid"));
        List<List<String>> rows = readBack(view, "export-service-items");
        assertThat(rows).hasSize(GridKt._size(grid));
        for (int i = 0; i < rows.size(); i++) {
            List<String> shown = GridKt._getFormattedRow(grid, i);
            List<String> exported = rows.get(i);
            // Code, then what the grid shows: name, received, closed, on-time rate, mean, median, 90th percentile.
            assertThat(exported.get(1)).isEqualTo(shown.get(0)).doesNotContain("-00");
            assertThat(texts.integer(Long.parseLong(exported.get(2)))).isEqualTo(shown.get(1));
            assertThat(texts.integer(Long.parseLong(exported.get(3)))).isEqualTo(shown.get(2));
            assertThat(orDash(exported.get(4))).isEqualTo(shown.get(3));
            for (int column = 5; column <= 7; column++) {
                assertThat(as(exported.get(column), texts::workingDays)).isEqualTo(shown.get(column - 1));
            }
        }
        assertThat(rows.get(1)).containsExactly("AMR-002", "Business licence change", "3", "0", "", "", "", "");
        assertThat(rows.get(0)).containsSubsequence("75.0%", "3.0", "2.5", "5.0");
    }

    @ParameterizedTest
    @ValueSource(strings = { "zh-CN", "en" })
    void satisfactionExportsUseTheScreensWordsAndRounding(String language) throws IOException {
        ReportTexts texts = open(language);
        SatisfactionReportView view = new SatisfactionReportView(satisfaction, directory, catalog,
                new HallDates(CLOCK), CLOCK);
        UI.getCurrent().add(view);

        // The export holds every version's block, each row naming its set and version; the online version 1's rows
        // follow the window's one row.
        Grid<?> online = _get(view, Grid.class, spec -> spec.withId("indicator-grid-ONLINE-1"));
        List<List<String>> exported = readBack(view, "export-indicators");
        assertThat(exported).hasSize(8);
        for (int i = 0; i < 5; i++) {
            List<String> row = exported.get(i + 1);
            List<String> shown = GridKt._getFormattedRow(online, i);
            assertThat(row.subList(0, 3)).containsExactly(texts.indicatorChannel("ONLINE"), "1", "2026-01-05");
            assertThat(row.get(4)).isEqualTo(shown.get(0));
            assertThat(row.get(5)).isEqualTo(shown.get(1));
            for (int column = 6; column <= 9; column++) {
                assertThat(as(row.get(column), v -> texts.decimal(v, 2))).isEqualTo(shown.get(column - 4));
            }
            assertThat(orDash(row.get(10))).isEqualTo(shown.get(6));
            assertThat(as(row.get(11), v -> texts.decimal(v, 3))).isEqualTo(shown.get(7));
            assertThat(row.get(12)).isEqualTo("0.850");
        }
        // Not 0.5925925925925926: three decimals, as on the screen.
        assertThat(exported.get(3).get(11)).isEqualTo("0.593");
        assertThat(exported.get(7).subList(0, 5)).containsExactly(texts.indicatorChannel("ONLINE"), "2", "2026-11-16",
                "CONVENIENCE", texts.locale().getLanguage().equals("zh") ? "办事便捷度" : "Ease of doing");

        Grid<?> comments = _get(view, Grid.class, spec -> spec.withId("comments-grid"));
        List<List<String>> commentRows = readBack(view, "export-comments");
        List<String> shown = GridKt._getFormattedRow(comments, 0);
        // Item, code, department, rating, score, channel: the screen's level and channel, not 2 and LINK.
        assertThat(commentRows.get(0).subList(2, 8)).containsExactly(shown.get(2), "HRSS", "人力资源和社会保障局",
                texts.level(2), "2", shown.get(4));
        assertThat(shown.get(3)).isEqualTo(texts.level(2));
        assertThat(commentRows.get(0)).doesNotContain("LINK");

        List<List<String>> ranking = readBack(view, "export-ranking");
        List<String> rankingShown = GridKt._getFormattedRow(_get(view, Grid.class, spec -> spec.withId("ranking-grid")),
                0);
        assertThat(ranking.get(0).get(5)).isEqualTo(rankingShown.get(3));
        assertThat(texts.t("reporting.satisfaction.rankings.interval", ranking.get(0).get(6), ranking.get(0).get(7)))
                .isEqualTo(rankingShown.get(4));
    }

    @ParameterizedTest
    @ValueSource(strings = { "zh-CN", "en" })
    void theMonthlyReportExportsItsFiguresAndTables(String language) throws IOException {
        ReportTexts texts = open(language);
        MonthlyReportView view = new MonthlyReportView(process, satisfaction, CLOCK);
        UI.getCurrent().add(view);

        List<List<String>> service = readBack(view, "export-monthly-service");
        List<List<String>> citizens = readBack(view, "export-monthly-citizens");
        List<String> ids = List.of("monthly-received", "monthly-closed", "monthly-on-time", "monthly-cycle",
                "monthly-backlog", "monthly-one-visit");
        assertThat(service).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String value = service.get(i).get(1);
            String expected = id.equals("monthly-cycle") ? as(value, texts::workingDays)
                    : value.endsWith("%") ? value : texts.integer(Long.parseLong(value));
            assertThat(expected).as(id).isEqualTo(_get(view, Span.class, spec -> spec.withId(id)).getText());
        }
        assertThat(service.get(0).get(0)).isEqualTo(texts.t("reporting.monthly.figure.received"));
        assertThat(citizens.get(2).get(1))
                .isEqualTo(_get(view, Span.class, spec -> spec.withId("monthly-good-rate")).getText());
        assertThat(readBack(view, "export-monthly-departments").get(0)).containsExactly("HRSS", "人力资源和社会保障局", "10",
                "8", "75.0%", "2.5");
        assertThat(readBack(view, "export-monthly-ranking").get(0)).containsExactly("1", "HRSS", "人力资源和社会保障局",
                "25", "80.0%", "60.9%", "91.1%");
        assertThat(_find(view, ExportLinks.class)).allSatisfy(links -> assertThat(links.getClassNames())
                .as("links are left off the printed page").contains("no-print"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "zh-CN", "en" })
    void everyDownloadLinkSaysWhichTable(String language) {
        open(language);
        List<Component> views = List.of(new ProcessReportView(process, directory, catalog, CLOCK),
                new SatisfactionReportView(satisfaction, directory, catalog, new HallDates(CLOCK), CLOCK),
                new MonthlyReportView(process, satisfaction, CLOCK));
        for (Component view : views) {
            UI.getCurrent().add(view);
            List<String> names = new ArrayList<>();
            for (ExportLinks links : _find(view, ExportLinks.class)) {
                for (Anchor link : _find(links, Anchor.class)) {
                    String name = link.getElement().getAttribute("aria-label");
                    // WCAG's "label in name": the accessible name starts with the visible word.
                    assertThat(name).startsWith(link.getText()).contains(links.table().title());
                    names.add(name);
                }
            }
            assertThat(names).as("link names on %s", view.getClass().getSimpleName()).hasSizeGreaterThan(3)
                    .doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "zh-CN", "en" })
    void reportTablesWrapLongNamesAndComments(String language) {
        open(language);
        SatisfactionReportView satisfactionView = new SatisfactionReportView(satisfaction, directory, catalog,
                new HallDates(CLOCK), CLOCK);
        ProcessReportView processView = new ProcessReportView(process, directory, catalog, CLOCK);
        UI.getCurrent().add(satisfactionView, processView);
        List<Grid<?>> grids = new ArrayList<>();
        _find(satisfactionView, Grid.class).forEach(grids::add);
        _find(processView, Grid.class).forEach(grids::add);
        assertThat(grids).hasSizeGreaterThan(5).allSatisfy(grid -> assertThat(grid.getThemeNames())
                .as("grid %s", grid.getId().orElse("")).contains("wrap-cell-content"));
    }

    private static ReportTexts open(String language) {
        Locale locale = Locale.forLanguageTag(language);
        UI.getCurrent().setLocale(locale);
        return ReportTexts.of(locale);
    }

    /** The export's rows as the CSV holds them, after checking that the Excel sheet shows exactly the same. */
    private static List<List<String>> readBack(Component view, String id) throws IOException {
        ExportLinks links = _find(view, ExportLinks.class).stream()
                .filter(l -> l.getChildren().anyMatch(c -> c.getId().orElse("").equals(id + "-csv"))).findFirst()
                .orElseThrow(() -> new AssertionError("No export " + id));
        ReportTable table = links.table();
        TableExport export = new TableExport(HALL);
        String csv = new String(export.csv(table), StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            rows.add(record.toList());
        }
        assertThat(rows.get(0)).containsExactlyElementsOf(table.headers());
        List<List<String>> sheet = new ArrayList<>();
        DataFormatter shownByExcel = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(table)))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.headers().size(); c++) {
                    cells.add(shownByExcel.formatCellValue(row.getCell(c)));
                }
                sheet.add(cells);
            }
        }
        // Dates and times are Excel's own cells, shown in its format: compared only where they are not.
        List<List<String>> body = rows.subList(1, rows.size());
        for (int r = 0; r < body.size(); r++) {
            for (int c = 0; c < body.get(r).size(); c++) {
                Object value = table.rows().get(r).get(c);
                if (!(value instanceof java.time.temporal.Temporal)) {
                    assertThat(sheet.get(r + 1).get(c)).as("%s row %d column %d in Excel", id, r + 1, c + 1)
                            .isEqualTo(body.get(r).get(c));
                }
            }
        }
        return body;
    }

    /** An empty cell is the screen's dash. */
    private static String orDash(String cell) {
        return cell.isEmpty() ? ReportTexts.NONE : cell;
    }

    /** A number from the export, formatted as the screen formats it; an empty cell as the screen's dash. */
    private static String as(String cell, Function<Double, String> screen) {
        return cell.isEmpty() ? ReportTexts.NONE : screen.apply(Double.parseDouble(cell));
    }
}
