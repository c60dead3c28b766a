package org.onewindow.directory.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.onewindow.directory.DirectoryImport;
import org.onewindow.directory.DirectoryImportProperties;
import org.onewindow.directory.DirectoryImportService;
import org.onewindow.directory.DirectoryImportService.SpreadsheetFormat;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

import jakarta.annotation.security.RolesAllowed;

/**
 * A hall onboards its departments and staff from spreadsheets: the templates to download, a departments file and a
 * staff file to upload (either or both), "Check" to see every problem by file, row and column without saving, and
 * "Import" to save everything at once when all is valid. Passwords the import generated are offered once as a file.
 */
@Route(value = "admin/import", layout = MainLayout.class)
@Menu(title = "directory.menu.import", order = 89.5, icon = "vaadin:upload")
@RolesAllowed(AppRoles.ADMIN)
public class DirectoryImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient DirectoryImportService imports;

    private final MemoryBuffer departmentBuffer = new MemoryBuffer();
    private final MemoryBuffer staffBuffer = new MemoryBuffer();
    final Upload departmentUpload = new Upload(departmentBuffer);
    final Upload staffUpload = new Upload(staffBuffer);
    final Button check = new Button(getTranslation("directory.import.check"));
    final Button importButton = new Button(getTranslation("directory.import.import"));
    /** What the last check or import achieved. */
    final Paragraph result = new Paragraph();
    /** Why the last check or import refused the files (the problems are in the grid below). */
    final Paragraph message = new Paragraph();
    final Grid<ImportProblem> problems = new Grid<>(ImportProblem.class, false);
    final Anchor passwords = new Anchor();
    private transient ImportFile departmentFile;
    private transient ImportFile staffFile;

    @SuppressWarnings("deprecation") // MemoryBuffer, StreamResource: their replacements are new in 24.8
    public DirectoryImportView(DirectoryImportService imports, DirectoryImportProperties properties) {
        this.imports = imports;
        int maxBytes = (int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes());
        configure(departmentUpload, "import-departments-upload", maxBytes, "directory.import.departmentsFile");
        configure(staffUpload, "import-staff-upload", maxBytes, "directory.import.staffFile");
        departmentUpload.addSucceededListener(event -> departmentFile = file(event.getFileName(), departmentBuffer));
        departmentUpload.addFileRemovedListener(event -> departmentFile = null);
        staffUpload.addSucceededListener(event -> staffFile = file(event.getFileName(), staffBuffer));
        staffUpload.addFileRemovedListener(event -> staffFile = null);

        check.setId("import-check");
        check.addClickListener(click -> check());
        importButton.setId("import-save");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> save());
        FormErrors.messageLine(message, "import-message");
        result.setId("import-result");
        result.setVisible(false);

        problems.setId("import-problems");
        problems.addColumn(ImportProblem::file).setKey("file").setHeader(getTranslation("directory.import.file"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.row() == 0 ? "" : Integer.toString(problem.row())).setKey("row")
                .setHeader(getTranslation("directory.import.row")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.column() == null ? "" : problem.column()).setKey("column")
                .setHeader(getTranslation("directory.import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::message).setKey("message")
                .setHeader(getTranslation("directory.import.message")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);

        passwords.setId("import-passwords");
        passwords.getElement().setAttribute("download", true);
        passwords.setVisible(false);

        add(new H2(getTranslation("directory.import.heading")), new Paragraph(getTranslation("directory.import.intro")),
                new H3(getTranslation("directory.import.templates")),
                new HorizontalLayout(template("departments", SpreadsheetFormat.XLSX),
                        template("departments", SpreadsheetFormat.CSV), template("staff", SpreadsheetFormat.XLSX),
                        template("staff", SpreadsheetFormat.CSV)),
                new H3(getTranslation("directory.import.files")),
                new Span(getTranslation("directory.import.departmentsFile")), departmentUpload,
                new Span(getTranslation("directory.import.staffFile")), staffUpload,
                new HorizontalLayout(check, importButton), result, message, passwords, problems);
    }

    private void configure(Upload upload, String id, int maxBytes, String label) {
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setUploadButton(new Button(getTranslation(label)));
        upload.setDropLabel(new Span(getTranslation("directory.import.dropHint", maxBytes / 1024 / 1024)));
    }

    private static ImportFile file(String name, MemoryBuffer buffer) {
        try {
            return new ImportFile(name, buffer.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("deprecation")
    private Anchor template(String kind, SpreadsheetFormat format) {
        String name = kind + "-template" + format.extension();
        Anchor anchor = new Anchor(new StreamResource(name, () -> new ByteArrayInputStream(
                kind.equals("departments") ? imports.departmentTemplate(format) : imports.staffTemplate(format))),
                getTranslation("directory.import.template." + kind, format.name().toLowerCase(java.util.Locale.ROOT)));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("import-template-" + kind + "-" + format.name().toLowerCase(java.util.Locale.ROOT));
        return anchor;
    }

    private void check() {
        if (!filesChosen()) {
            return;
        }
        try {
            DirectoryImport checked = imports.check(departmentFile, staffFile);
            show(List.of());
            done(getTranslation("directory.import.valid", checked.departments(), checked.staff()));
        } catch (ImportRejectedException rejected) {
            refused(rejected);
        }
    }

    @SuppressWarnings("deprecation")
    private void save() {
        if (!filesChosen()) {
            return;
        }
        try {
            DirectoryImport imported = imports.importFiles(departmentFile, staffFile);
            show(List.of());
            done(getTranslation("directory.import.imported", imported.departments(), imported.staff()));
            Notification.show(getTranslation("directory.import.imported", imported.departments(), imported.staff()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (!imported.generatedPasswords().isEmpty()) {
                byte[] csv = imported.generatedPasswordsCsv();
                passwords.setHref(new StreamResource("generated-passwords.csv", () -> new ByteArrayInputStream(csv)));
                passwords.setText(getTranslation("directory.import.passwords", imported.generatedPasswords().size()));
                passwords.setVisible(true);
            }
            // Imported once: the same files again would only be refused as taken.
            departmentFile = null;
            staffFile = null;
            departmentUpload.clearFileList();
            staffUpload.clearFileList();
        } catch (ImportRejectedException rejected) {
            refused(rejected);
        }
    }

    private boolean filesChosen() {
        passwords.setVisible(false);
        if (departmentFile == null && staffFile == null) {
            show(List.of());
            say(getTranslation("directory.import.noFile"));
            return false;
        }
        return true;
    }

    private void refused(ImportRejectedException rejected) {
        show(rejected.problems());
        say(getTranslation("directory.import.refused", rejected.problems().size()));
    }

    private void show(List<ImportProblem> found) {
        // The problems of one upload, at most a few thousand, in memory: no table behind them to page.
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
        return getTranslation("directory.import.pageTitle");
    }
}
