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
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.RowOpening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Finding a case by number, applicant (name, ID number, mobile), item, status or date, within what the signed-in person may see. */
@Route(value = "cases/search", layout = MainLayout.class)
@Menu(title = "casework.menu.search", order = 35, icon = "vaadin:search")
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.ADMIN })
public class CaseSearchView extends VerticalLayout implements HasDynamicTitle {

    final TextField caseNumber = new TextField(getTranslation("casework.search.caseNumber"));
    final TextField applicantName = new TextField(getTranslation("casework.search.applicantName"));
    final TextField idNumber = new TextField(getTranslation("casework.search.idNumber"));
    final TextField mobile = new TextField(getTranslation("casework.search.mobile"));
    final ComboBox<ServiceItem> item = new ComboBox<>(getTranslation("casework.search.item"));
    final Select<CaseStatus> status = new Select<>();
    final DatePicker acceptedFrom = new DatePicker(getTranslation("casework.search.acceptedFrom"));
    final DatePicker acceptedTo = new DatePicker(getTranslation("casework.search.acceptedTo"));
    final Button search = new Button(getTranslation("casework.search.submit"), VaadinIcon.SEARCH.create());
    final Grid<CaseDetails> grid = new Grid<>(CaseDetails.class, false);

    public CaseSearchView(CaseSearchService cases, CatalogService catalog, DirectoryService directory,
            HallDates dates) {
        caseNumber.setId("search-case-number");
        applicantName.setId("search-applicant-name");
        applicantName.setHelperText(getTranslation("casework.search.applicantName.helper"));
        idNumber.setId("search-id-number");
        mobile.setId("search-mobile");
        item.setId("search-item");
        item.setItems(catalog.all());
        item.setItemLabelGenerator(serviceItem -> serviceItem.name(getLocale()));
        item.setClearButtonVisible(true);
        status.setLabel(getTranslation("casework.search.status"));
        status.setId("search-status");
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(CaseLabels::status);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("casework.search.anyStatus"));
        acceptedFrom.setId("search-from");
        DatePickers.localized(acceptedFrom);
        acceptedTo.setId("search-to");
        DatePickers.localized(acceptedTo);
        search.setId("search-submit");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("search-grid");
        GridColumns.fitting(grid);
        grid.addColumn(CaseDetails::caseNumber).setHeader(getTranslation("casework.inbox.column.case"))
                .setWidth("12em").setFlexGrow(0);
        GridColumns.name(grid.addColumn(details -> details.serviceItemName(getLocale()))
                .setHeader(getTranslation("casework.inbox.column.item")),
                details -> details.serviceItemName(
                        getLocale()));
        GridColumns.name(grid.addColumn(c -> c.citizenName() + " · " + c.citizenMaskedIdNumber())
                .setHeader(getTranslation("casework.inbox.column.citizen")),
                c -> c.citizenName() + " · " + c.citizenMaskedIdNumber());
        GridColumns.name(grid.addColumn(c -> directory.departmentName(c.leadDepartmentCode()))
                .setHeader(getTranslation("casework.summary.lead")),
                c -> directory.departmentName(
                        c.leadDepartmentCode()));
        grid.addColumn(c -> CaseLabels.status(c.status())).setHeader(getTranslation("casework.search.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> dates.dateTime(c.acceptedAt())).setHeader(getTranslation("casework.summary.accepted"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.isOverdue(dates.now()) ? getTranslation("casework.due.overdue", dates.date(c.dueAt()))
                : dates.date(c.dueAt())).setHeader(getTranslation("casework.inbox.column.due")).setAutoWidth(true);
        grid.setItems(query -> cases.search(criteria(), new PageRequest(query.getOffset(), query.getLimit())).stream(),
                query -> Math.toIntExact(cases.count(criteria())));
        RowOpening.open(grid, found -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, found.caseNumber())));
        search.addClickListener(event -> grid.getDataProvider().refreshAll());

        FormLayout filters = new FormLayout(caseNumber, applicantName, idNumber, mobile, item, status, acceptedFrom,
                acceptedTo);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        add(new H1(getTranslation("casework.menu.search")), filters, search, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.menu.search") + " | " + getTranslation("shared.app.title");
    }

    CaseSearchCriteria criteria() {
        ServiceItem selected = item.getValue();
        return new CaseSearchCriteria(caseNumber.getValue(), idNumber.getValue(), mobile.getValue(),
                applicantName.getValue(), selected == null ? null : selected.code(), status.getValue(),
                acceptedFrom.getValue(),
                acceptedTo.getValue());
    }
}
