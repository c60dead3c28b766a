package org.onewindow.directory.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.PasswordField;
import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffAccountRow;
import org.onewindow.directory.StaffAccountService;
import org.onewindow.directory.StaffDeactivation;
import org.onewindow.directory.StaffFilter;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
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
        create.addClickListener(click -> new AccountDialog(null).open());

        grid.setId("staff-grid");
        grid.addColumn(row -> row.username()).setKey("username")
                .setHeader(getTranslation("directory.staff.username")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.displayName(getLocale())).setKey("name")
                .setHeader(getTranslation("directory.staff.name")).setFlexGrow(1);
        grid.addColumn(row -> departmentNames(row.departmentCodes())).setKey("departments")
                .setHeader(getTranslation("directory.staff.departments")).setFlexGrow(2);
        grid.addColumn(row -> roleNames(row.roles())).setKey("roles")
                .setHeader(getTranslation("directory.staff.roles")).setFlexGrow(1);
        grid.addColumn(row -> getTranslation("directory.staff.active." + row.active())).setKey("active")
                .setHeader(getTranslation("directory.staff.active")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.lastSignIn() == null ? getTranslation("directory.staff.neverSignedIn")
                : dates.dateTime(row.lastSignIn())).setKey("lastSignIn")
                .setHeader(getTranslation("directory.staff.lastSignIn")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Hundreds of accounts: the grid asks the database for the page it shows.
        grid.setItems(query -> accounts.search(filter(), new PageRequest(query.getOffset(), query.getLimit()))
                .stream(), query -> (int) accounts.count(filter()));

        add(new H2(getTranslation("directory.menu.staff")), new Paragraph(getTranslation("directory.staff.intro")),
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
        Button edit = new Button(getTranslation("directory.staff.edit"), click -> new AccountDialog(member).open());
        edit.setId("staff-edit-" + member.username());
        Button password = new Button(getTranslation("directory.staff.password"),
                click -> new PasswordDialog(member).open());
        password.setId("staff-password-" + member.username());
        Button stateChange = member.active()
                ? new Button(getTranslation("directory.staff.deactivate"), click -> confirmDeactivate(member))
                : new Button(getTranslation("directory.staff.reactivate"), click -> confirmReactivate(member));
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
        return getTranslation("directory.staff.role." + role);
    }

    private String departmentNames(Set<String> codes) {
        return codes.stream().map(code -> directory.departmentName(code, getLocale())).sorted()
                .collect(Collectors.joining(", "));
    }

    private String roleNames(Set<String> roles) {
        // In the hall's order of roles, not the alphabet's.
        return AppRoles.ALL.stream().filter(roles::contains).map(this::roleName).collect(Collectors.joining(", "));
    }

    private void confirmDeactivate(StaffAccountRow member) {
        confirm("deactivate", getTranslation("directory.staff.deactivateTitle", member.username()),
                getTranslation("directory.staff.deactivateText"), getTranslation("directory.staff.deactivate"),
                () -> accounts.deactivate(member.username()),
                done -> getTranslation("directory.staff.deactivated", member.username()));
    }

    private void confirmReactivate(StaffAccountRow member) {
        confirm("reactivate", getTranslation("directory.staff.reactivateTitle", member.username()),
                getTranslation("directory.staff.reactivateText"), getTranslation("directory.staff.reactivate"),
                () -> new StaffDeactivation(accounts.reactivate(member.username()), List.of()),
                done -> getTranslation("directory.staff.reactivated", member.username()));
    }

    /**
     * A confirmation; when the change has something to tell beyond "done" (a department left without a head, the
     * steps returned), the dialog stays open and says it.
     */
    private void confirm(String what, String title, String text, String action, Supplier<StaffDeactivation> command,
            Function<StaffDeactivation, String> done) {
        Dialog dialog = new Dialog();
        dialog.setId("staff-" + what + "-dialog");
        dialog.setHeaderTitle(title);
        Paragraph message = FormErrors.messageLine(new Paragraph(), "staff-" + what + "-message");
        Div notes = new Div();
        notes.setId("staff-" + what + "-notes");
        dialog.add(new Paragraph(text), message, notes);
        Button confirm = new Button(action);
        confirm.setId("staff-" + what + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("directory.staff.cancel"), click -> dialog.close());
        cancel.setId("staff-" + what + "-cancel");
        confirm.addClickListener(click -> {
            try {
                StaffDeactivation changed = command.get();
                Notification.show(done.apply(changed)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                if (changed.notes().isEmpty()) {
                    dialog.close();
                } else {
                    changed.notes().forEach(note -> notes.add(new Paragraph(note)));
                    confirm.setVisible(false);
                    cancel.setText(getTranslation("directory.staff.close"));
                }
            } catch (BusinessRuleException | NotFoundException refused) {
                // Why it cannot be done stays in the dialog until the administrator closes it.
                message.setText(refused.getMessage());
                message.setVisible(true);
                confirm.setEnabled(false);
            }
            refresh();
        });
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Opens an account ({@code editing} null) or edits one: everything but the user name and the password. */
    final class AccountDialog extends Dialog {

        final TextField username = field("directory.staff.username", "staff-username",
                StaffAccount.MAX_USERNAME_LENGTH);
        final TextField nameZh = field("directory.staff.nameZh", "staff-name-zh", StaffAccount.MAX_NAME_LENGTH);
        final TextField nameEn = field("directory.staff.nameEn", "staff-name-en", StaffAccount.MAX_NAME_LENGTH);
        final TextField mobile = field("directory.staff.mobile", "staff-mobile", StaffAccount.MOBILE_LENGTH);
        final TextField email = field("directory.staff.email", "staff-email", StaffAccount.MAX_EMAIL_LENGTH);
        final Select<Locale> language = new Select<>();
        final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>(getTranslation("directory.staff.roles"));
        final MultiSelectComboBox<String> departments = new MultiSelectComboBox<>(
                getTranslation("directory.staff.departments"));
        final com.vaadin.flow.component.textfield.PasswordField temporaryPassword = new com.vaadin.flow.component.textfield.PasswordField(
                getTranslation("directory.staff.temporaryPassword"));
        final Paragraph message = FormErrors.messageLine(new Paragraph(), "staff-form-message");
        private final Binder<StaffAccount> binder = new Binder<>(StaffAccount.class);
        private final StaffAccountRow editing;

        AccountDialog(StaffAccountRow editing) {
            this.editing = editing;
            setId("staff-dialog");
            setHeaderTitle(editing == null ? getTranslation("directory.staff.newTitle")
                    : getTranslation("directory.staff.editTitle", editing.username()));
            setWidth("44em");
            username.setHelperText(getTranslation("directory.staff.username.helper"));
            username.setAllowedCharPattern("[A-Za-z0-9._-]");
            username.addValueChangeListener(change -> {
                String value = change.getValue();
                if (change.isFromClient() && value != null && !value.equals(value.toLowerCase(Locale.ROOT))) {
                    username.setValue(value.toLowerCase(Locale.ROOT));
                }
            });
            mobile.setAllowedCharPattern("[0-9]");
            language.setId("staff-language");
            language.setLabel(getTranslation("directory.staff.language"));
            language.setItems(Translations.LOCALES);
            language.setItemLabelGenerator(
                    locale -> getTranslation("directory.staff.language." + locale.toLanguageTag()));
            roles.setId("staff-roles");
            roles.setItems(AppRoles.ALL);
            roles.setItemLabelGenerator(StaffListView.this::roleName);
            departments.setId("staff-departments");
            departments.setItems(offeredDepartments());
            departments.setItemLabelGenerator(code -> directory.departmentName(code, getLocale()));
            temporaryPassword.setId("staff-temporary-password");
            temporaryPassword.setMaxLength(PasswordChange.MAX_LENGTH);
            temporaryPassword.setHelperText(
                    getTranslation("directory.staff.temporaryPassword.helper", PasswordChange.MIN_LENGTH));

            binder.setDefaultValidatorsEnabled(false);
            binder.forField(username).bind("username");
            binder.forField(nameZh).bind("displayNameZh");
            binder.forField(nameEn).bind("displayNameEn");
            binder.forField(mobile).bind("mobile");
            binder.forField(email).bind("email");
            binder.forField(language).bind("language");
            binder.forField(roles).bind("roles");
            binder.forField(departments).bind("departmentCodes");
            binder.forField(temporaryPassword).bind("temporaryPassword");

            if (editing == null) {
                language.setValue(Translations.CHINESE);
            } else {
                username.setValue(editing.username());
                username.setReadOnly(true);
                nameZh.setValue(editing.displayNameZh());
                nameEn.setValue(editing.displayNameEn());
                mobile.setValue(editing.mobile() == null ? "" : editing.mobile());
                email.setValue(editing.email() == null ? "" : editing.email());
                language.setValue(editing.language());
                roles.setValue(editing.roles());
                departments.setValue(editing.departmentCodes());
                // The password is set with its own action, never in the edit form.
                temporaryPassword.setVisible(false);
            }
            FormLayout form = new FormLayout(username, language, nameZh, nameEn, mobile, email, roles, departments,
                    temporaryPassword);
            add(form, message);
            Button save = new Button(getTranslation("directory.staff.save"), click -> save());
            save.setId("staff-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("directory.staff.cancel"), click -> close());
            cancel.setId("staff-cancel");
            getFooter().add(cancel, save);
        }

        /** Active departments, and those the account already has even if inactive meanwhile (they may stay). */
        private List<String> offeredDepartments() {
            Set<String> kept = editing == null ? Set.of() : editing.departmentCodes();
            return directory.departments().stream().filter(d -> d.active() || kept.contains(d.code()))
                    .sorted(Comparator.comparing(StaffListView.this::named)).map(Department::code).toList();
        }

        void save() {
            message.setVisible(false);
            try {
                StaffAccount account = binder.writeRecord();
                StaffMember saved = editing == null ? accounts.create(account)
                        : accounts.edit(editing.username(), account);
                close();
                refresh();
                Notification.show(getTranslation(editing == null ? "directory.staff.created" : "directory.staff.edited",
                        saved.username())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationException notSent) {
                // The binder marked the fields.
            } catch (InvalidInputException refused) {
                showUnplaced(FormErrors.show(binder, refused));
            } catch (NotFoundException | BusinessRuleException refused) {
                showUnplaced(Map.of("", refused.getMessage()));
            }
        }

        private void showUnplaced(Map<String, String> unplaced) {
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
        }
    }

    /** A temporary password the administrator types and tells the person; it must be changed at the next sign-in. */
    final class PasswordDialog extends Dialog {

        final com.vaadin.flow.component.textfield.PasswordField password = new com.vaadin.flow.component.textfield.PasswordField(
                getTranslation("directory.staff.temporaryPassword"));
        final Paragraph message = FormErrors.messageLine(new Paragraph(), "staff-password-message");

        PasswordDialog(StaffAccountRow member) {
            setId("staff-password-dialog");
            setHeaderTitle(getTranslation("directory.staff.passwordTitle", member.username()));
            setWidth("32em");
            password.setId("staff-password-value");
            password.setMaxLength(PasswordChange.MAX_LENGTH);
            password.setWidthFull();
            add(new Paragraph(getTranslation("directory.staff.passwordText")), password, message);
            Button save = new Button(getTranslation("directory.staff.save"), click -> save(member));
            save.setId("staff-password-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("directory.staff.cancel"), click -> close());
            cancel.setId("staff-password-cancel");
            getFooter().add(cancel, save);
        }

        void save(StaffAccountRow member) {
            message.setVisible(false);
            password.setInvalid(false);
            try {
                accounts.setTemporaryPassword(member.username(), password.getValue());
                close();
                Notification.show(getTranslation("directory.staff.passwordSet", member.username()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                String onField = refused.errorFor(PasswordField.NEW_PASSWORD);
                if (onField != null) {
                    password.setErrorMessage(onField);
                    password.setInvalid(true);
                } else {
                    message.setText(String.join(" ", refused.fieldErrors().values()));
                    message.setVisible(true);
                }
            } catch (NotFoundException | BusinessRuleException refused) {
                message.setText(refused.getMessage());
                message.setVisible(true);
            }
        }
    }

    private TextField field(String key, String id, int maxLength) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.staff.pageTitle");
    }
}
