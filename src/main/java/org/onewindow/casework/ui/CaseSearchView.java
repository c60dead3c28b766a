package org.onewindow.casework.ui;

import org.onewindow.casework.CaseSearchService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.intake.CaseStatus;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Finding a case by number, citizen, item, status or date, within what the signed-in person may see. */
@Route(value = "cases/search", layout = MainLayout.class)
@PageTitle("Find a case | OneWindow")
@Menu(title = "casework.menu.search", order = 35, icon = "vaadin:search")
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.ADMIN })
public class CaseSearchView extends VerticalLayout {

    final TextField caseNumber = new TextField("Case number");
    final TextField idNumber = new TextField("Citizen ID number");
    final TextField mobile = new TextField("Citizen mobile");
    final ComboBox<ServiceItem> item = new ComboBox<>("Service item");
    final Select<CaseStatus> status = new Select<>();
    final DatePicker acceptedFrom = new DatePicker("Accepted from");
    final DatePicker acceptedTo = new DatePicker("Accepted to");
    final Button search = new Button("Search", VaadinIcon.SEARCH.create());
    final Grid<CaseDetails> grid = new Grid<>(CaseDetails.class, false);

    public CaseSearchView(CaseSearchService cases, CatalogService catalog, DirectoryService directory,
            HallDates dates) {
        caseNumber.setId("search-case-number");
        idNumber.setId("search-id-number");
        mobile.setId("search-mobile");
        item.setId("search-item");
        item.setItems(catalog.all());
        item.setItemLabelGenerator(ServiceItem::name);
        item.setClearButtonVisible(true);
        status.setLabel("Status");
        status.setId("search-status");
        status.setItems(CaseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        acceptedFrom.setId("search-from");
        acceptedTo.setId("search-to");
        search.setId("search-submit");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("search-grid");
        grid.addColumn(CaseDetails::caseNumber).setHeader("Case").setAutoWidth(true);
        grid.addColumn(CaseDetails::serviceItemName).setHeader("Service item").setAutoWidth(true);
        grid.addColumn(c -> c.citizenName() + " · " + c.citizenMaskedIdNumber()).setHeader("Citizen").setAutoWidth(true);
        grid.addColumn(c -> directory.departmentName(c.leadDepartmentCode())).setHeader("Lead department");
        grid.addColumn(c -> c.status().name()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(c -> dates.dateTime(c.acceptedAt())).setHeader("Accepted").setAutoWidth(true);
        grid.addColumn(c -> dates.date(c.dueAt()) + (c.isOverdue(dates.now()) ? " · overdue" : "")).setHeader("Due")
                .setAutoWidth(true);
        grid.setItems(query -> cases.search(criteria(), new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> Math.toIntExact(cases.count(criteria())));
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                event.getItem().caseNumber())));
        search.addClickListener(event -> grid.getDataProvider().refreshAll());

        FormLayout filters = new FormLayout(caseNumber, idNumber, mobile, item, status, acceptedFrom, acceptedTo);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        add(new H2("Find a case"), filters, search, grid);
        setSizeFull();
    }

    CaseSearchCriteria criteria() {
        ServiceItem selected = item.getValue();
        return new CaseSearchCriteria(caseNumber.getValue(), idNumber.getValue(), mobile.getValue(),
                selected == null ? null : selected.code(), status.getValue(), acceptedFrom.getValue(),
                acceptedTo.getValue());
    }
}
