package org.onewindow.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onewindow.directory.DirectoryImport;
import org.onewindow.directory.DirectoryImport.GeneratedPassword;
import org.onewindow.directory.DirectoryImportProperties;
import org.onewindow.directory.DirectoryImportService;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;

/** Upload the files, check them, see every problem by file, row and column; import when all is valid. */
class DirectoryImportViewTest {

    private static final byte[] STAFF = "用户名,中文姓名,角色\nli,李娜,CASE_WORKER\n".getBytes(StandardCharsets.UTF_8);

    private final DirectoryImportService imports = mock(DirectoryImportService.class);
    private DirectoryImportView view;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        view = new DirectoryImportView(imports, new DirectoryImportProperties(null, null));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void checkingAnUploadedFileListsEveryProblemInTheGrid() {
        when(imports.check(isNull(), any())).thenThrow(new ImportRejectedException(List.of(
                new ImportProblem("staff.csv", 2, "所属部门", "There is no department NOWHERE."),
                new ImportProblem("staff.csv", 3, "临时密码", "The password must be at least 12 characters long."))));

        UploadKt._upload(_get(view, Upload.class, spec -> spec.withId("import-staff-upload")), "staff.csv", STAFF);
        _click(view.check);

        ArgumentCaptor<ImportFile> uploaded = ArgumentCaptor.forClass(ImportFile.class);
        verify(imports).check(isNull(), uploaded.capture());
        assertThat(uploaded.getValue().fileName()).isEqualTo("staff.csv");
        assertThat(uploaded.getValue().content()).isEqualTo(STAFF);
        assertThat(view.outcome.problems.isVisible()).isTrue();
        assertThat(GridKt._size(view.outcome.problems)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.outcome.problems, 0, "file")).isEqualTo("staff.csv");
        assertThat(GridKt._getFormatted(view.outcome.problems, 0, "row")).isEqualTo("2");
        assertThat(GridKt._getFormatted(view.outcome.problems, 0, "column")).isEqualTo("所属部门");
        assertThat(GridKt._getFormatted(view.outcome.problems, 1, "message"))
                .isEqualTo("The password must be at least 12 characters long.");
        assertThat(view.outcome.message.isVisible()).isTrue();
        assertThat(view.outcome.message.getText())
                .isEqualTo("Nothing was imported: 2 problems to correct, listed below.");
        verify(imports, never()).importFiles(any(), any());
    }

    @Test
    void importingValidFilesSaysTheCountsAndOffersTheGeneratedPasswordsOnce() {
        when(imports.check(any(), any())).thenReturn(new DirectoryImport(1, 1, List.of()));
        when(imports.importFiles(any(), any()))
                .thenReturn(new DirectoryImport(1, 1, List.of(new GeneratedPassword("li", "Abcdefgh23456789"))));
        UploadKt._upload(view.departmentUpload, "departments.xlsx", new byte[] { 1, 2 });
        UploadKt._upload(view.staffUpload, "staff.csv", STAFF);

        _click(view.check);
        assertThat(view.outcome.result.getText()).isEqualTo(
                "All rows are valid: 1 departments and 1 staff accounts can be imported. Nothing has been saved yet.");
        assertThat(view.outcome.problems.isVisible()).isFalse();

        _click(view.importButton);
        verify(imports).importFiles(any(ImportFile.class), any(ImportFile.class));
        assertThat(view.outcome.result.getText()).isEqualTo("Imported 1 departments and 1 staff accounts.");
        assertThat(view.outcome.message.isVisible()).isFalse();
        assertThat(view.passwords.isVisible()).isTrue();
        assertThat(view.passwords.getText()).isEqualTo("Download the 1 generated temporary passwords (shown only now)");

        // The files were imported: pressing again asks for files instead of importing them twice.
        _click(view.importButton);
        assertThat(view.passwords.isVisible()).isFalse();
        assertThat(view.outcome.message.getText()).isEqualTo("Upload a departments file, a staff file or both first.");
    }

    @Test
    void theScreenSpeaksChinese() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        DirectoryImportView chinese = new DirectoryImportView(imports, new DirectoryImportProperties(null, null));
        UI.getCurrent().add(chinese);

        assertThat(_get(chinese, H1.class).getText()).isEqualTo("导入部门和人员");
        assertThat(chinese.check.getText()).isEqualTo("检查");
        assertThat(_get(chinese, com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("import-template-staff-xlsx")).getText()).isEqualTo("人员模板（xlsx）");
    }
}
