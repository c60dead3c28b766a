package org.onewindow.catalog.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.onewindow.catalog.CatalogImport;
import org.onewindow.catalog.CatalogSpreadsheetService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

import jakarta.annotation.security.RolesAllowed;

/**
 * The whole catalog from one Excel workbook (事项清单): the template and the current catalog to download, a workbook
 * to upload, "Check" to see every problem by sheet, row and column without saving, and "Import" to save all of it at
 * once, published or as drafts.
 */
@Route(value = "admin/catalog/import", layout = MainLayout.class)
@RolesAllowed({ AppRoles.ADMIN, AppRoles.CATALOG_EDITOR })
public class CatalogImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogSpreadsheetService spreadsheets;

    private final MemoryBuffer buffer = new MemoryBuffer();
    final Upload upload = new Upload(buffer);
    /** A reviewed workbook is usually meant to be in force: publishing is the default. */
    final Checkbox publish = new Checkbox(getTranslation("catalog.import.publish"), true);
    final Button check = new Button(getTranslation("catalog.import.check"));
    final Button importButton = new Button(getTranslation("catalog.import.import"));
    final Paragraph result = new Paragraph();
    final Paragraph message = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final Button back = new Button(getTranslation("catalog.import.back"));
    private transient ImportFile workbook;

    @SuppressWarnings("deprecation") // MemoryBuffer: its replacement is new in 24.8
    public CatalogImportView(CatalogSpreadsheetService spreadsheets) {
        this.spreadsheets = spreadsheets;
        upload.setId("catalog-import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".xlsx");
        upload.setUploadButton(new Button(getTranslation("catalog.import.file")));
        upload.setDropLabel(new Span(getTranslation("catalog.import.dropHint")));
        upload.addSucceededListener(event -> workbook = file(event.getFileName()));
        upload.addFileRemovedListener(event -> workbook = null);

        publish.setId("catalog-import-publish");
        check.setId("catalog-import-check");
        check.addClickListener(click -> check());
        importButton.setId("catalog-import-save");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> save());
        FormErrors.messageLine(message, "catalog-import-message");
        result.setId("catalog-import-result");
        result.setVisible(false);

        back.setId("catalog-import-back");
        back.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CatalogListView.class)));
        problems.setId("catalog-import-problems");
        problems.addColumn(ImportProblem::file).setKey("file").setHeader(getTranslation("catalog.import.sheet"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.row() == 0 ? "" : Integer.toString(problem.row())).setKey("row")
                .setHeader(getTranslation("catalog.import.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column()).setKey("column")
                .setHeader(getTranslation("catalog.import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setKey("message")
                .setHeader(getTranslation("catalog.import.message")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);

        add(new H2(getTranslation("catalog.import.title")), new Paragraph(getTranslation("catalog.import.intro")),
                new HorizontalLayout(download("catalog-import-template", "catalog-template.xlsx",
                        "catalog.import.template", true),
                        download("catalog-import-export", "catalog.xlsx",
                                "catalog.items.export", false),
                        back),
                upload, publish, new HorizontalLayout(check, importButton), result, message, problems);
    }

    @SuppressWarnings("deprecation") // StreamResource: its replacement is new in 24.8
    private Anchor download(String id, String fileName, String label, boolean template) {
        Anchor anchor = new Anchor(new StreamResource(fileName, () -> new ByteArrayInputStream(
                template ? spreadsheets.template() : spreadsheets.export())), getTranslation(label));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }

    @SuppressWarnings("deprecation")
    private ImportFile file(String name) {
        try {
            return new ImportFile(name, buffer.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check() {
        if (!chosen()) {
            return;
        }
        try {
            CatalogImport checked = spreadsheets.check(workbook);
            show(List.of());
            done(getTranslation("catalog.import.valid", checked.created(), checked.changed(), checked.unchanged()));
        } catch (ImportRejectedException rejected) {
            refused(rejected);
        }
    }

    private void save() {
        if (!chosen()) {
            return;
        }
        try {
            CatalogImport imported = spreadsheets.importWorkbook(workbook, publish.getValue());
            show(List.of());
            String text = getTranslation(publish.getValue() ? "catalog.import.imported.published"
                    : "catalog.import.imported.drafts", imported.created(), imported.changed(), imported.unchanged());
            done(text);
            Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ImportRejectedException rejected) {
            refused(rejected);
        }
    }

    private boolean chosen() {
        if (workbook == null) {
            show(List.of());
            say(getTranslation("catalog.import.noFile"));
            return false;
        }
        return true;
    }

    private void refused(ImportRejectedException rejected) {
        show(rejected.problems());
        say(getTranslation("catalog.import.refused", rejected.problems().size()));
    }

    private void show(List<ImportProblem> found) {
        // The problems of one upload, in memory: no table behind them to page.
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
    }

    private void done(String text) {
        message.setVisible(false);
        result.setText(text);
        result.setVisible(true);
    }

    private void say(String text) {
        result.setVisible(false);
        message.setText(text);
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.import.title");
    }
}
