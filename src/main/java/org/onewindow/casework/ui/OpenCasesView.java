package org.onewindow.casework.ui;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.OpenCaseFilter;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.DueDateLabel;
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Every open case of the hall, for managers: where each one stands and which are overdue. */
@Route(value = "cases", layout = MainLayout.class)
@Menu(title = "casework.menu.openCases", order = 40, icon = "vaadin:records")
@RolesAllowed({ AppRoles.MANAGER, AppRoles.ADMIN })
public class OpenCasesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CaseDetails> grid = new Grid<>(CaseDetails.class, false);
    final TextField caseNumberFilter = new TextField();
    final ComboBox<ServiceItem> itemFilter = new ComboBox<>();

    public OpenCasesView(CaseRecordService intake, CatalogService catalog, DirectoryService directory,
            HallDates dates) {
        caseNumberFilter.setLabel(getTranslation("casework.inbox.filter.case"));
        caseNumberFilter.setClearButtonVisible(true);
        caseNumberFilter.setValueChangeMode(ValueChangeMode.LAZY);
        caseNumberFilter.setId("cases-filter-case");
        itemFilter.setLabel(getTranslation("casework.inbox.filter.item"));
        itemFilter.setWidth("20em");
        itemFilter.setMaxWidth("100%");
        itemFilter.setItems(catalog.all());
        itemFilter.setItemLabelGenerator(serviceItem -> serviceItem.name(getLocale()));
        itemFilter.setClearButtonVisible(true);
        itemFilter.setId("cases-filter-item");

        grid.setId("cases-grid");
        GridColumns.fitting(grid);
        grid.addColumn(CaseDetails::caseNumber).setHeader(getTranslation("casework.inbox.column.case"))
                .setWidth("12em").setFlexGrow(0);
        GridColumns.name(grid.addColumn(details -> details.serviceItemName(getLocale()))
                .setHeader(getTranslation("casework.inbox.column.item")),
                details -> details.serviceItemName(
                        getLocale()));
        GridColumns.name(grid.addColumn(details -> details.citizenName() + " · " + details.citizenMaskedIdNumber())
                .setHeader(getTranslation("casework.inbox.column.citizen")),
                details -> details.citizenName() + " · " + details.citizenMaskedIdNumber());
        GridColumns.name(grid.addColumn(details -> directory.departmentName(details.leadDepartmentCode()))
                .setHeader(getTranslation("casework.summary.lead")),
                details -> directory.departmentName(details.leadDepartmentCode()));
        GridColumns.name(grid.addColumn(details -> CaseLabels.status(details.status()))
                .setHeader(getTranslation("casework.search.status")), details -> CaseLabels.status(details.status()))
                .setFlexGrow(1);
        GridColumns.name(grid.addColumn(details -> dates.dateTime(details.acceptedAt()))
                .setHeader(getTranslation("casework.summary.accepted")),
                details -> dates.dateTime(
                        details.acceptedAt()))
                .setWidth("7em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(details -> DueDateLabel.of(dates, details.dueAt(),
                details.isOverdue(dates.now())))).setHeader(getTranslation("casework.inbox.column.due"))
                .setWidth("8em").setFlexGrow(1);
        grid.setItems(
                query -> intake.openCases(filter(), new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> Math.toIntExact(intake.countOpenCases(filter())));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                event.getItem().caseNumber())));
        caseNumberFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        itemFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(caseNumberFilter, itemFilter);
        filters.setId("cases-filters");
        filters.addClassName("filter-row");
        add(new H1(getTranslation("casework.menu.openCases")), filters, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.menu.openCases") + " | " + getTranslation("shared.app.title");
    }

    private OpenCaseFilter filter() {
        ServiceItem item = itemFilter.getValue();
        return new OpenCaseFilter(caseNumberFilter.getValue(), item == null ? null : item.code());
    }
}
