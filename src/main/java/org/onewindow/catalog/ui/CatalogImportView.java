package org.onewindow.catalog.ui;

import java.io.ByteArrayInputStream;

import org.onewindow.catalog.CatalogImport;
import org.onewindow.catalog.CatalogSpreadsheetService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.onewindow.shared.ui.ImportOutcome;
import org.onewindow.shared.ui.Notices;
import org.onewindow.shared.ui.SpreadsheetUpload;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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

    final SpreadsheetUpload upload = new SpreadsheetUpload("catalog-import-upload",
            getTranslation("catalog.import.file"), getTranslation("catalog.import.dropHint"), ".xlsx");
    /** A reviewed workbook is usually meant to be in force: publishing is the default. */
    final Checkbox publish = new Checkbox(getTranslation("catalog.import.publish"), true);
    final Button check = new Button(getTranslation("catalog.import.check"));
    final Button importButton = new Button(getTranslation("catalog.import.import"));
    final ImportOutcome outcome = new ImportOutcome("catalog-import", getTranslation("catalog.import.sheet"));
    final Button back = new Button(getTranslation("catalog.import.back"));

    public CatalogImportView(CatalogSpreadsheetService spreadsheets) {
        this.spreadsheets = spreadsheets;
        publish.setId("catalog-import-publish");
        check.setId("catalog-import-check");
        check.addClickListener(click -> check());
        importButton.setId("catalog-import-save");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(click -> save());

        back.setId("catalog-import-back");
        back.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CatalogListView.class)));

        add(new H1(getTranslation("catalog.import.title")), new Paragraph(getTranslation("catalog.import.intro")),
                new HorizontalLayout(download("catalog-import-template", "catalog-template.xlsx",
                        "catalog.import.template", true),
                        download("catalog-import-export", "catalog.xlsx",
                                "catalog.items.export", false),
                        back),
                upload, publish, new HorizontalLayout(check, importButton), outcome.result, outcome.message,
                outcome.problems);
    }

    @SuppressWarnings("deprecation") // StreamResource: its replacement is new in 24.8
    private Anchor download(String id, String fileName, String label, boolean template) {
        Anchor anchor = new Anchor(new StreamResource(fileName, () -> new ByteArrayInputStream(
                template ? spreadsheets.template() : spreadsheets.export())), getTranslation(label));
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }

    private void check() {
        if (!chosen()) {
            return;
        }
        try {
            CatalogImport checked = spreadsheets.check(upload.file());
            outcome.done(
                    getTranslation("catalog.import.valid", checked.created(), checked.changed(), checked.unchanged()));
        } catch (ImportRejectedException rejected) {
            refused(rejected);
        }
    }

    private void save() {
        if (!chosen()) {
            return;
        }
        try {
            CatalogImport imported = spreadsheets.importWorkbook(upload.file(), publish.getValue());
            String text = getTranslation(publish.getValue() ? "catalog.import.imported.published"
                    : "catalog.import.imported.drafts", imported.created(), imported.changed(), imported.unchanged());
            outcome.done(text);
            Notices.done(text);
        } catch (ImportRejectedException rejected) {
            refused(rejected);
        }
    }

    private boolean chosen() {
        if (upload.file() == null) {
            outcome.nothingToDo(getTranslation("catalog.import.noFile"));
            return false;
        }
        return true;
    }

    private void refused(ImportRejectedException rejected) {
        outcome.refused(rejected, getTranslation("catalog.import.refused", rejected.problems().size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.import.title");
    }
}
