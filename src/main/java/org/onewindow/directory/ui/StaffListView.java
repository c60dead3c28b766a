package org.onewindow.directory.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffAccountRow;
import org.onewindow.directory.StaffAccountService;
import org.onewindow.directory.StaffFilter;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
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

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators keep the hall's staff accounts: a lazy list filtered by name, department, role and state; a form
 * to open or edit an account (names in both languages, roles, departments); deactivation, reactivation and a
 * temporary password, which the administrator types and tells the person (who must change it at their next
 * sign-in). The service says what may be done; a refusal shows on its field or on the dialog's message line.
 */
@Route(value = "admin/staff", layout = MainLayout.class)
@Menu(title = "directory.menu.staff", order = 89.5, icon = "vaadin:users")
@RolesAllowed(AppRoles.ADMIN)
public class StaffListView extends VerticalLayout implements HasDynamicTitle {

    private final transient StaffAccountService accounts;
    private final transient DirectoryService directory;
    private final transient HallDates dates;

    final TextField text = new TextField(getTranslation("directory.staff.filter.text"));
    final ComboBox<Department> department = new ComboBox<>(getTranslation("directory.staff.filter.department"));
    final ComboBox<String> role = new ComboBox<>(getTranslation("directory.staff.filter.role"));
    final Select<Boolean> state = new Select<>();
    final Grid<StaffAccountRow> grid = new Grid<>(StaffAccountRow.class, false);
    final Button create = new Button(getTranslation("directory.staff.new"));

    public StaffListView(StaffAccountService accounts, DirectoryService directory, HallDates dates) {
        this.accounts = accounts;
        this.directory = directory;
        this.dates = dates;

        text.setId("staff-filter-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        department.setId("staff-filter-department");
        department.setItems(directory.departments());
        department.setItemLabelGenerator(this::named);
        department.setClearButtonVisible(true);
        role.setId("staff-filter-role");
        role.setItems(AppRoles.ALL);
        role.setItemLabelGenerator(this::roleName);
        role.setClearButtonVisible(true);
        state.setId("staff-filter-state");
        state.setLabel(getTranslation("directory.staff.filter.state"));
        state.setItems(Boolean.TRUE, Boolean.FALSE);
        state.setEmptySelectionAllowed(true);
        state.setItemLabelGenerator(active -> active == null ? "" : getTranslation("directory.staff.active." + active));
        text.addValueChangeListener(change -> refresh());
        department.addValueChangeListener(change -> refresh());
        role.addValueChangeListener(change -> refresh());
        state.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, department, role, state, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        create.setId("staff-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new StaffAccountDialog(accounts, directory, null, this::refresh).open());

        grid.setId("staff-grid");
        grid.addColumn(row -> row.username()).setKey("username")
                .setHeader(getTranslation("directory.staff.username")).setAutoWidth(true).setFlexGrow(0);
        GridColumns.name(grid.addColumn(row -> row.displayName(getLocale())).setKey("name")
                .setHeader(getTranslation("directory.staff.name")), row -> row.displayName(getLocale())).setFlexGrow(1);
        GridColumns.name(grid.addColumn(row -> departmentNames(row.departmentCodes())).setKey("departments")
                .setHeader(getTranslation("directory.staff.departments")),
                row -> departmentNames(
                        row.departmentCodes()));
        GridColumns.name(grid.addColumn(row -> roleNames(row.roles())).setKey("roles")
                .setHeader(getTranslation("directory.staff.roles")), row -> roleNames(row.roles())).setFlexGrow(1);
        grid.addColumn(row -> getTranslation("directory.staff.active." + row.active())).setKey("active")
                .setHeader(getTranslation("directory.staff.active")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastSignIn() == null ? getTranslation("directory.staff.neverSignedIn")
                : dates.dateTime(row.lastSignIn())).setKey("lastSignIn")
                .setHeader(getTranslation("directory.staff.lastSignIn")).setAutoWidth(true).setFlexGrow(0);
        GridColumns.actions(grid.addComponentColumn(this::actions).setKey("actions"));
        GridColumns.fitting(grid);
        // Hundreds of accounts: the grid asks the database for the page it shows.
        grid.setItems(query -> accounts.search(filter(), new PageRequest(query.getOffset(), query.getLimit()))
                .stream(), query -> (int) accounts.count(filter()));

        add(new H1(getTranslation("directory.menu.staff")), new Paragraph(getTranslation("directory.staff.intro")),
                filters, grid);
        setSizeFull();
    }

    StaffFilter filter() {
        String typed = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        return new StaffFilter(typed, department.getValue() == null ? null : department.getValue().code(),
                role.getValue(), state.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private HorizontalLayout actions(StaffAccountRow member) {
        Button edit = new Button(getTranslation("directory.staff.edit"),
                click -> new StaffAccountDialog(accounts, directory, member, this::refresh).open());
        edit.setId("staff-edit-" + member.username());
        Button password = new Button(getTranslation("directory.staff.password"),
                click -> new TemporaryPasswordDialog(accounts, member).open());
        password.setId("staff-password-" + member.username());
        Button stateChange = member.active()
                ? new Button(getTranslation("directory.staff.deactivate"),
                        click -> StaffStateDialog.deactivate(accounts, member, this::refresh).open())
                : new Button(getTranslation("directory.staff.reactivate"),
                        click -> StaffStateDialog.reactivate(accounts, member, this::refresh).open());
        stateChange.setId("staff-" + (member.active() ? "deactivate-" : "reactivate-") + member.username());
        if (member.active()) {
            stateChange.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        for (Button button : List.of(edit, password, stateChange)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(edit, password, stateChange);
    }

    private String named(Department department) {
        return department.name(getLocale());
    }

    private String roleName(String role) {
        return getTranslation("shared.role." + role);
    }

    private String departmentNames(Set<String> codes) {
        return codes.stream().map(code -> directory.departmentName(code, getLocale())).sorted()
                .collect(Collectors.joining(", "));
    }

    private String roleNames(Set<String> roles) {
        // In the hall's order of roles, not the alphabet's.
        return AppRoles.ALL.stream().filter(roles::contains).map(this::roleName).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.staff.pageTitle");
    }
}
