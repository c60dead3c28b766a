package org.onewindow.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onewindow.catalog.CatalogImport;
import org.onewindow.catalog.CatalogSpreadsheetService;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;

/** Upload the catalog workbook, check it and see every problem by sheet, row and column; import and see counts. */
class CatalogImportViewTest {

    private static final byte[] WORKBOOK = { 1, 2, 3 };

    private final CatalogSpreadsheetService spreadsheets = mock(CatalogSpreadsheetService.class);
    private CatalogImportView view;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        view = new CatalogImportView(spreadsheets);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void checkingAnUploadedWorkbookListsEveryProblem() {
        when(spreadsheets.check(any())).thenThrow(new ImportRejectedException(List.of(
                new ImportProblem("catalog.xlsx › 事项 Items", 3, "Item code", "The item code W-1 appears twice."),
                new ImportProblem("catalog.xlsx › 材料 Materials", 4, "份数", "Copies between 1 and 20."))));

        UploadKt._upload(view.upload, "catalog.xlsx", WORKBOOK);
        _click(view.check);

        ArgumentCaptor<ImportFile> uploaded = ArgumentCaptor.forClass(ImportFile.class);
        verify(spreadsheets).check(uploaded.capture());
        assertThat(uploaded.getValue().content()).isEqualTo(WORKBOOK);
        assertThat(GridKt._size(view.outcome.problems)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.outcome.problems, 1, "file")).isEqualTo("catalog.xlsx › 材料 Materials");
        assertThat(GridKt._getFormatted(view.outcome.problems, 1, "row")).isEqualTo("4");
        assertThat(GridKt._getFormatted(view.outcome.problems, 1, "column")).isEqualTo("份数");
        assertThat(view.outcome.message.getText())
                .isEqualTo("Nothing was imported: 2 problems to correct, listed below.");
        verify(spreadsheets, never()).importWorkbook(any(), eq(true));
    }

    @Test
    void importingPublishesByDefaultAndSaysTheCounts() {
        when(spreadsheets.importWorkbook(any(), eq(true))).thenReturn(new CatalogImport(2, 1, 40));
        assertThat(view.publish.getValue()).isTrue();

        UploadKt._upload(view.upload, "catalog.xlsx", WORKBOOK);
        _click(view.importButton);

        verify(spreadsheets).importWorkbook(any(ImportFile.class), eq(true));
        assertThat(view.outcome.result.getText()).isEqualTo(
                "Imported and published: 2 new items, 1 changed (new versions), 40 unchanged (left alone).");
        assertThat(view.outcome.problems.isVisible()).isFalse();
    }

    @Test
    void withoutAWorkbookNothingIsChecked() {
        _click(view.check);
        assertThat(view.outcome.message.getText()).isEqualTo("Upload a workbook first.");
        verify(spreadsheets, never()).check(any());
    }
}
