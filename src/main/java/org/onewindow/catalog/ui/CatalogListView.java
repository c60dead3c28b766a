package org.onewindow.catalog.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.onewindow.catalog.CatalogAdminService;
import org.onewindow.catalog.CatalogEntry;
import org.onewindow.catalog.CatalogFilter;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.CatalogSpreadsheetService;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

import jakarta.annotation.security.RolesAllowed;

/**
 * The hall's service catalog as its editors keep it: every item with its newest version, filtered and paged in the
 * database (a hall has hundreds to thousands of items), the selected item's actions and its versions. What may be
 * done is the service's to say: a refusal shows in the message line above the grid.
 */
@Route(value = "admin/catalog", layout = MainLayout.class)
@Menu(title = "catalog.menu.items", order = 88, icon = "vaadin:book")
@RolesAllowed({ AppRoles.ADMIN, AppRoles.CATALOG_EDITOR })
public class CatalogListView extends VerticalLayout implements HasDynamicTitle {

    private final transient CatalogAdminService admin;
    private final transient DirectoryService directory;

    final TextField text = new TextField(getTranslation("catalog.items.filter.text"));
    final Select<ItemState> state = new Select<>();
    final Select<ItemKind> kind = new Select<>();
    final ComboBox<Department> lead = new ComboBox<>(getTranslation("catalog.items.lead"));
    final Grid<CatalogEntry> grid = new Grid<>(CatalogEntry.class, false);
    final Grid<ServiceItem> versions = new Grid<>(ServiceItem.class, false);
    final Button create = new Button(getTranslation("catalog.items.new"));
    final Button edit = new Button(getTranslation("catalog.items.edit"));
    final Button publish = new Button(getTranslation("catalog.items.publish"));
    final Button newVersion = new Button(getTranslation("catalog.items.newVersion"));
    final Button retire = new Button(getTranslation("catalog.items.retire"));
    final Button importCatalog = new Button(getTranslation("catalog.items.import"));
    final Anchor exportCatalog = new Anchor();
    final Paragraph message = FormErrors.messageLine(new Paragraph(), "catalog-message");
    private final H3 versionsTitle = new H3();

    @SuppressWarnings("deprecation") // StreamResource: its replacement is new in 24.8
    public CatalogListView(CatalogAdminService admin, DirectoryService directory,
            CatalogSpreadsheetService spreadsheets) {
        this.admin = admin;
        this.directory = directory;

        text.setId("catalog-filter-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        state.setId("catalog-filter-state");
        state.setLabel(getTranslation("catalog.items.state"));
        state.setItems(ItemState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("catalog.items.filter.any"));
        state.setItemLabelGenerator(value -> value == null ? getTranslation("catalog.items.filter.any")
                : getTranslation("catalog.state." + value.name()));
        kind.setId("catalog-filter-kind");
        kind.setLabel(getTranslation("catalog.items.kind"));
        kind.setItems(ItemKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("catalog.items.filter.any"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("catalog.items.filter.any")
                : getTranslation("catalog.kind." + value.name()));
        lead.setId("catalog-filter-lead");
        lead.setItems(directory.departments());
        lead.setItemLabelGenerator(department -> department.name(getLocale()));
        lead.setClearButtonVisible(true);
        text.addValueChangeListener(change -> refresh());
        state.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        lead.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, state, kind, lead);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("catalog-grid");
        // The name is what an editor looks for: it takes the room the short columns (kind, state, versions, limits:
        // as wide as their text) leave, three shares to the lead department's one; cut text has a tooltip. The code
        // has a fixed width: an auto width is measured on the first rows only, and cut "HOUSING-001" further down.
        grid.addColumn(CatalogEntry::code).setKey("code").setHeader(getTranslation("catalog.items.code"))
                .setWidth("9em").setFlexGrow(0).setTooltipGenerator(CatalogEntry::code);
        grid.addColumn(entry -> entry.name(getLocale())).setKey("name")
                .setHeader(getTranslation("catalog.items.name")).setWidth("12em").setFlexGrow(3)
                .setTooltipGenerator(entry -> entry.name(getLocale()));
        // The kind's short name (即办件, 承诺件) keeps its column narrow; what it means is in the tooltip.
        grid.addColumn(entry -> getTranslation("catalog.kind.short." + entry.kind().name())).setKey("kind")
                .setHeader(getTranslation("catalog.items.kind")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(entry -> getTranslation("catalog.kind." + entry.kind().name()));
        grid.addColumn(entry -> getTranslation("catalog.state." + entry.state().name()) + " v" + entry.newestVersion())
                .setKey("state").setHeader(getTranslation("catalog.items.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.publishedVersion() == null ? "—" : "v" + entry.publishedVersion())
                .setKey("current").setHeader(getTranslation("catalog.items.current")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::leadName).setKey("lead").setHeader(getTranslation("catalog.items.lead"))
                .setWidth("8em").setFlexGrow(1).setTooltipGenerator(this::leadName);
        grid.addColumn(this::limits).setKey("limits").setHeader(getTranslation("catalog.items.limits"))
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(this::limits);
        GridColumns.fitting(grid);
        grid.setPageSize(50);
        grid.asSingleSelect().addValueChangeListener(change -> selected(change.getValue()));
        grid.setItems(query -> admin.page(filter(), new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> (int) admin.count(filter()));

        create.setId("catalog-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CatalogItemView.class, "new")));
        edit.setId("catalog-edit");
        edit.addClickListener(click -> selectedCode()
                .ifPresent(code -> getUI().ifPresent(ui -> ui.navigate(CatalogItemView.class, code))));
        publish.setId("catalog-publish");
        publish.addClickListener(click -> act(() -> admin.publish(selectedCode().orElseThrow()),
                item -> getTranslation("catalog.items.published", item.name(getLocale()), item.versionLabel())));
        newVersion.setId("catalog-new-version");
        newVersion.addClickListener(click -> selectedCode().ifPresent(code -> {
            act(() -> admin.newVersion(code), item -> getTranslation("catalog.items.versionStarted",
                    item.name(getLocale()), item.versionLabel()));
            getUI().ifPresent(ui -> ui.navigate(CatalogItemView.class, code));
        }));
        retire.setId("catalog-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retire.addClickListener(click -> act(() -> admin.retire(selectedCode().orElseThrow()),
                item -> getTranslation("catalog.items.retired", item.name(getLocale()))));
        exportCatalog
                .setHref(new StreamResource("catalog.xlsx", () -> new ByteArrayInputStream(spreadsheets.export())));
        exportCatalog.setText(getTranslation("catalog.items.export"));
        exportCatalog.getElement().setAttribute("download", true);
        exportCatalog.setId("catalog-export");
        importCatalog.setId("catalog-import");
        importCatalog.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CatalogImportView.class)));
        HorizontalLayout actions = new HorizontalLayout(create, edit, publish, newVersion, retire, importCatalog,
                exportCatalog);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        versions.setId("catalog-versions");
        versions.addColumn(ServiceItem::versionLabel).setKey("version")
                .setHeader(getTranslation("catalog.items.version")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(item -> getTranslation("catalog.state." + item.state().name())).setKey("state")
                .setHeader(getTranslation("catalog.items.state")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(item -> item.name(getLocale())).setKey("name")
                .setHeader(getTranslation("catalog.items.name")).setFlexGrow(1);
        versions.addColumn(item -> limits(item.kind(), item.promisedLimitDays(), item.legalLimitDays()))
                .setKey("limits").setHeader(getTranslation("catalog.items.limits")).setAutoWidth(true)
                .setFlexGrow(0);
        versions.addColumn(item -> item.materials().size()).setKey("materials")
                .setHeader(getTranslation("catalog.items.materials")).setAutoWidth(true).setFlexGrow(0);
        versions.setAllRowsVisible(true);
        versionsTitle.setId("catalog-versions-title");
        selected(null);

        add(new H1(getTranslation("catalog.menu.items")), new Paragraph(getTranslation("catalog.items.intro")),
                filters, actions, message, grid, versionsTitle, versions);
        setSizeFull();
    }

    private CatalogFilter filter() {
        return new CatalogFilter(text.getValue(), state.getValue(), kind.getValue(),
                lead.getValue() == null ? null : lead.getValue().code());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        selected(null);
    }

    private java.util.Optional<String> selectedCode() {
        return grid.asSingleSelect().getOptionalValue().map(CatalogEntry::code);
    }

    /** The actions and the versions of the selected item. */
    private void selected(CatalogEntry entry) {
        message.setVisible(false);
        boolean any = entry != null;
        edit.setEnabled(any);
        publish.setEnabled(any && entry.state() == ItemState.DRAFT);
        newVersion.setEnabled(any && entry.state() != ItemState.DRAFT);
        retire.setEnabled(any && entry.publishedVersion() != null);
        List<ServiceItem> history = any ? admin.versions(entry.code()) : List.of();
        versions.setItems(history);
        versions.setVisible(any);
        versionsTitle.setVisible(any);
        versionsTitle.setText(any ? getTranslation("catalog.items.versionsOf", entry.code()) : "");
    }

    private void act(Supplier<ServiceItem> command, Function<ServiceItem, String> done) {
        String code = selectedCode().orElse(null);
        if (code == null) {
            return;
        }
        try {
            ServiceItem changed = command.get();
            grid.getDataProvider().refreshAll();
            selected(null);
            Notices.done(done.apply(changed));
        } catch (InvalidInputException refused) {
            // Publishing refuses an incomplete draft field by field: the editor says on which fields.
            showMessage(getTranslation("catalog.items.notPublishable", code,
                    String.join(" ", refused.fieldErrors().values())));
        } catch (BusinessRuleException | NotFoundException refused) {
            showMessage(refused.getMessage());
        }
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private String leadName(CatalogEntry entry) {
        return entry.leadDepartmentCode() == null ? "—"
                : directory.departmentName(entry.leadDepartmentCode(), getLocale());
    }

    private String limits(CatalogEntry entry) {
        return limits(entry.kind(), entry.promisedLimitDays(), entry.legalLimitDays());
    }

    private String limits(ItemKind kind, int promised, int legal) {
        return kind == ItemKind.INSTANT ? getTranslation("catalog.items.limits.instant", legal)
                : getTranslation("catalog.items.limits.promised", promised, legal);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.items.pageTitle");
    }
}
