package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.catalog.CatalogWorkbooks.item;
import static org.onewindow.catalog.CatalogWorkbooks.material;
import static org.onewindow.catalog.CatalogWorkbooks.workbook;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogImportProperties;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.unit.DataSize;

/**
 * The catalog import's limits come from {@code onewindow.catalog.import.*}: a workbook over them is refused before a
 * row is checked or the catalog is read (so the service needs nothing else here), saying the configured limit.
 */
class CatalogImportLimitsTest {

    private final ImportFile threeItems = workbook(
            List.of(item("L-1", "甲", "A", "10", "5", "AMR"), item("L-2", "乙", "B", "10", "5", "AMR"),
                    item("L-3", "丙", "C", "10", "5", "AMR")),
            List.of(material("L-1", "1", "居民身份证", "Resident ID card", "1")));

    @BeforeEach
    void english() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static DefaultCatalogSpreadsheetService limitedTo(CatalogImportProperties limits) {
        return new DefaultCatalogSpreadsheetService(null, null, null, null, null, limits);
    }

    @Test
    void aSheetWithMoreRowsThanConfiguredIsRefusedSayingTheLimit() {
        assertThatThrownBy(() -> limitedTo(new CatalogImportProperties(2, null)).check(threeItems))
                .isInstanceOfSatisfying(ImportRejectedException.class, refused -> assertThat(refused.problems())
                        .extracting(ImportProblem::message).singleElement().asString().contains("more than 2 rows"));
    }

    @Test
    void aWorkbookLargerThanConfiguredIsRefusedSayingTheLimit() {
        assertThatThrownBy(() -> limitedTo(new CatalogImportProperties(null, DataSize.ofKilobytes(1)))
                .check(threeItems)).isInstanceOfSatisfying(ImportRejectedException.class,
                        refused -> assertThat(refused.problems()).extracting(ImportProblem::message).singleElement()
                                .asString().contains("at most 1 KB"));
    }

    @Test
    void theDefaultsTakeACountysCatalog() {
        CatalogImportProperties defaults = new CatalogImportProperties(null, null);
        assertThat(defaults.maxRows()).isEqualTo(50_000);
        assertThat(defaults.maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
    }
}
