package org.onewindow.audit.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators search the administrative audit log (who changed what in the hall's set-up, when, from what to
 * what) by area, person, subject and days, newest first, and download what the filter selects as CSV. The service
 * checks the role; the export is read when the link is clicked, with the filter shown then.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@Menu(title = "audit.menu.log", order = 94, icon = "vaadin:clipboard-text")
@RolesAllowed(AppRoles.ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final transient AdministrativeChanges changes;
    private final Locale language;

    final ComboBox<AdminArea> area = new ComboBox<>(getTranslation("audit.filter.area"));
    final TextField actor = new TextField(getTranslation("audit.filter.actor"));
    final TextField subject = new TextField(getTranslation("audit.filter.subject"));
    final DatePicker from = new DatePicker(getTranslation("audit.filter.from"));
    final DatePicker to = new DatePicker(getTranslation("audit.filter.to"));
    final Grid<LoggedChange> grid = new Grid<>(LoggedChange.class, false);
    final Anchor export;
    /** The filter the grid shows; read again by a download, on its own request. */
    private volatile AuditFilter filter = AuditFilter.any();

    @SuppressWarnings("deprecation") // StreamResource: the download-handler API that replaces it is new in 24.8
    public AuditLogView(AdministrativeChanges changes, HallDates dates) {
        this.changes = changes;
        this.language = getLocale();

        area.setId("audit-area");
        area.setItems(AdminArea.values());
        area.setItemLabelGenerator(value -> getTranslation("audit.area." + value.name()));
        area.setClearButtonVisible(true);
        actor.setId("audit-actor");
        subject.setId("audit-subject");
        for (TextField text : new TextField[] { actor, subject }) {
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        actor.setMaxLength(100);
        subject.setMaxLength(org.onewindow.audit.AdministrativeChange.MAX_SUBJECT_LENGTH);
        from.setId("audit-from");
        to.setId("audit-to");
        from.setLocale(UiFormats.locale());
        to.setLocale(UiFormats.locale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        // A range that ends before it starts cannot be picked.
        from.addValueChangeListener(event -> to.setMin(event.getValue()));
        to.addValueChangeListener(event -> from.setMax(event.getValue()));
        area.addValueChangeListener(event -> search());
        actor.addValueChangeListener(event -> search());
        subject.addValueChangeListener(event -> search());
        from.addValueChangeListener(event -> search());
        to.addValueChangeListener(event -> search());

        grid.setId("audit-grid");
        grid.addColumn(change -> dates.dateTime(change.changedAt())).setKey("changedAt")
                .setHeader(getTranslation("audit.column.changedAt")).setAutoWidth(true);
        grid.addColumn(LoggedChange::actor).setKey("actor").setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(change -> getTranslation("audit.area." + change.area().name())).setKey("area")
                .setHeader(getTranslation("audit.column.area")).setAutoWidth(true);
        grid.addColumn(LoggedChange::subject).setKey("subject").setHeader(getTranslation("audit.column.subject"))
                .setAutoWidth(true);
        grid.addColumn(change -> getTranslation("audit.action." + change.action().name())).setKey("action")
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.addColumn(change -> orDash(change.before())).setKey("before")
                .setHeader(getTranslation("audit.column.before")).setFlexGrow(1);
        grid.addColumn(change -> orDash(change.after())).setKey("after").setHeader(getTranslation("audit.column.after"))
                .setFlexGrow(1);
        grid.setItems(query -> changes.search(filter, new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, changes.count(filter)));

        export = new Anchor(new StreamResource("audit-log.csv", () -> new ByteArrayInputStream(exportCsv())),
                getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        export.setId("audit-export");

        HorizontalLayout filters = new HorizontalLayout(area, actor, subject, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("audit.menu.log")), new Paragraph(getTranslation("audit.intro")), filters, grid);
        setSizeFull();
    }

    /** The CSV a click on the export link downloads: what the filter selects, headers in the screen's language. */
    byte[] exportCsv() {
        return changes.exportCsv(filter, language);
    }

    private void search() {
        filter = new AuditFilter(area.getValue(), actor.getValue(), subject.getValue(), from.getValue(),
                to.getValue());
        grid.getDataProvider().refreshAll();
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle");
    }
}
