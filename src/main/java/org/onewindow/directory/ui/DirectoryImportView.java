package org.onewindow.directory.ui;

import java.io.ByteArrayInputStream;

import org.onewindow.directory.DirectoryImport;
import org.onewindow.directory.DirectoryImportProperties;
import org.onewindow.directory.DirectoryImportService;
import org.onewindow.directory.DirectoryImportService.SpreadsheetFormat;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.onewindow.shared.ui.ImportOutcome;
import org.onewindow.shared.ui.Notices;
import org.onewindow.shared.ui.SpreadsheetUpload;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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

    final SpreadsheetUpload departmentUpload;
    final SpreadsheetUpload staffUpload;
    final Button check = new Button(getTranslation("directory.import.check"));
    final Button importButton = new Button(getTranslation("directory.import.import"));
    final ImportOutcome outcome = new ImportOutcome("import", getTranslation("directory.import.file"));
    final Anchor passwords = new Anchor();

    public DirectoryImportView(DirectoryImportService imports, DirectoryImportProperties properties) {
        this.imports = imports;
        int maxBytes = (int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes());
        departmentUpload = upload("import-departments-upload", maxBytes, "directory.import.departmentsFile");
        staffUpload = upload("import-staff-upload", maxBytes, "directory.import.staffFile");

        check.setId("import-check");
        check.addClickListener(click -> check());
        importButton.setId("import-save");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> save());

        passwords.setId("import-passwords");
        passwords.getElement().setAttribute("download", true);
        passwords.setVisible(false);

        add(new H1(getTranslation("directory.import.heading")), new Paragraph(getTranslation("directory.import.intro")),
                new H3(getTranslation("directory.import.templates")),
                new HorizontalLayout(template("departments", SpreadsheetFormat.XLSX),
                        template("departments", SpreadsheetFormat.CSV), template("staff", SpreadsheetFormat.XLSX),
                        template("staff", SpreadsheetFormat.CSV)),
                new H3(getTranslation("directory.import.files")),
                new Span(getTranslation("directory.import.departmentsFile")), departmentUpload,
                new Span(getTranslation("directory.import.staffFile")), staffUpload,
                new HorizontalLayout(check, importButton), outcome.result, outcome.message, passwords,
                outcome.problems);
    }

    private SpreadsheetUpload upload(String id, int maxBytes, String label) {
        return new SpreadsheetUpload(id, getTranslation(label),
                getTranslation("directory.import.dropHint", maxBytes / 1024 / 1024), ".xlsx", ".csv")
                .limitedTo(maxBytes);
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
            DirectoryImport checked = imports.check(departmentUpload.file(), staffUpload.file());
            outcome.done(getTranslation("directory.import.valid", checked.departments(), checked.staff()));
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
            DirectoryImport imported = imports.importFiles(departmentUpload.file(), staffUpload.file());
            outcome.done(getTranslation("directory.import.imported", imported.departments(), imported.staff()));
            Notices.done(getTranslation("directory.import.imported", imported.departments(), imported.staff()));
            if (!imported.generatedPasswords().isEmpty()) {
                byte[] csv = imported.generatedPasswordsCsv();
                passwords.setHref(new StreamResource("generated-passwords.csv", () -> new ByteArrayInputStream(csv)));
                passwords.setText(getTranslation("directory.import.passwords", imported.generatedPasswords().size()));
                passwords.setVisible(true);
            }
            // Imported once: the same files again would only be refused as taken.
            departmentUpload.clear();
            staffUpload.clear();
        } catch (ImportRejectedException rejected) {
            refused(rejected);
        }
    }

    private boolean filesChosen() {
        passwords.setVisible(false);
        if (departmentUpload.file() == null && staffUpload.file() == null) {
            outcome.nothingToDo(getTranslation("directory.import.noFile"));
            return false;
        }
        return true;
    }

    private void refused(ImportRejectedException rejected) {
        outcome.refused(rejected, getTranslation("directory.import.refused", rejected.problems().size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.import.pageTitle");
    }
}
