package org.onewindow.directory.ui;

import org.onewindow.directory.Department;
import org.onewindow.directory.DepartmentNames;
import org.onewindow.directory.DepartmentOverview;
import org.onewindow.directory.DepartmentService;
import org.onewindow.directory.NewDepartment;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators keep the hall's departments: open one, rename it in both languages, deactivate and reactivate it.
 * The service says what may be done; a refusal shows on the field it concerns or on the dialog's message line.
 */
@Route(value = "admin/departments", layout = MainLayout.class)
@Menu(title = "directory.menu.departments", order = 89, icon = "vaadin:institution")
@RolesAllowed(AppRoles.ADMIN)
public class DepartmentListView extends VerticalLayout implements HasDynamicTitle {

    private final transient DepartmentService departments;
    final Grid<DepartmentOverview> grid = new Grid<>(DepartmentOverview.class, false);
    final Button create = new Button(getTranslation("directory.departments.new"));

    public DepartmentListView(DepartmentService departments) {
        this.departments = departments;
        create.setId("department-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new CreateDialog().open());

        grid.setId("department-grid");
        grid.addColumn(row -> row.department().code()).setKey("code")
                .setHeader(getTranslation("directory.departments.code")).setAutoWidth(true).setFlexGrow(0);
        GridColumns.name(grid.addColumn(row -> row.department().nameZh()).setKey("nameZh")
                .setHeader(getTranslation("directory.departments.nameZh")), row -> row.department().nameZh());
        GridColumns.name(grid.addColumn(row -> row.department().nameEn()).setKey("nameEn")
                .setHeader(getTranslation("directory.departments.nameEn")), row -> row.department().nameEn());
        grid.addColumn(row -> getTranslation("directory.departments.active." + row.department().active()))
                .setKey("active").setHeader(getTranslation("directory.departments.active")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> UiFormats.integer(row.activeStaff())).setKey("staff")
                .setHeader(getTranslation("directory.departments.staff")).setAutoWidth(true).setFlexGrow(0);
        // The names share what is left and wrap; the actions stay in view at the grid's end.
        GridColumns.actions(grid.addComponentColumn(this::actions).setKey("actions"));
        GridColumns.fitting(grid);
        // A county hall has dozens of departments: the whole list, not a paged one.
        refresh();

        add(new H1(getTranslation("directory.menu.departments")),
                new Paragraph(getTranslation("directory.departments.intro")), create, grid);
        setSizeFull();
    }

    private HorizontalLayout actions(DepartmentOverview row) {
        Department department = row.department();
        Button edit = new Button(getTranslation("directory.departments.edit"),
                click -> new RenameDialog(department).open());
        edit.setId("department-edit-" + department.code());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button state = department.active()
                ? new Button(getTranslation("directory.departments.deactivate"), click -> confirmDeactivate(department))
                : new Button(getTranslation("directory.departments.reactivate"),
                        click -> confirmReactivate(department));
        state.setId("department-" + (department.active() ? "deactivate-" : "reactivate-") + department.code());
        state.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (department.active()) {
            state.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new HorizontalLayout(edit, state);
    }

    private void refresh() {
        grid.setItems(departments.overview());
    }

    private String named(Department department) {
        return department.name(getLocale());
    }

    private void confirmDeactivate(Department department) {
        confirm("deactivate", getTranslation("directory.departments.deactivateTitle", named(department)),
                getTranslation("directory.departments.deactivateText"),
                getTranslation("directory.departments.deactivate"), () -> departments.deactivate(department.code()),
                done -> getTranslation("directory.departments.deactivated", named(done)));
    }

    private void confirmReactivate(Department department) {
        confirm("reactivate", getTranslation("directory.departments.reactivateTitle", named(department)),
                getTranslation("directory.departments.reactivateText"),
                getTranslation("directory.departments.reactivate"), () -> departments.reactivate(department.code()),
                done -> getTranslation("directory.departments.reactivated", named(done)));
    }

    private void confirm(String what, String title, String text, String action,
            java.util.function.Supplier<Department> command, java.util.function.Function<Department, String> done) {
        Dialog dialog = new Dialog();
        dialog.setId("department-" + what + "-dialog");
        dialog.setHeaderTitle(title);
        Paragraph message = FormErrors.messageLine(new Paragraph(), "department-" + what + "-message");
        dialog.add(new Paragraph(text), message);
        Button confirm = new Button(action);
        confirm.setId("department-" + what + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                Department changed = command.get();
                dialog.close();
                Notices.done(done.apply(changed));
            } catch (BusinessRuleException | NotFoundException refused) {
                // Why it cannot be done stays in the dialog until the administrator closes it.
                message.setText(refused.getMessage());
                message.setVisible(true);
                confirm.setEnabled(false);
            }
            refresh();
        });
        Button cancel = new Button(getTranslation("directory.departments.cancel"), click -> dialog.close());
        cancel.setId("department-" + what + "-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private TextField nameField(String key, String id) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setMaxLength(NewDepartment.MAX_NAME_LENGTH);
        field.setWidthFull();
        return field;
    }

    /** A dialog with a form, its message line and Save; {@link #save()} sends the form to the service. */
    private abstract class FormDialog extends Dialog {

        final Paragraph message = FormErrors.messageLine(new Paragraph(), "department-form-message");
        final FormLayout form = new FormLayout();

        FormDialog(String title) {
            setId("department-dialog");
            setHeaderTitle(title);
            setWidth("36em");
            add(form, message);
            Button save = new Button(getTranslation("directory.departments.save"), click -> trySave());
            save.setId("department-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("directory.departments.cancel"), click -> close());
            cancel.setId("department-cancel");
            getFooter().add(cancel, save);
        }

        abstract String save() throws ValidationException;

        abstract Binder<?> binder();

        private void trySave() {
            message.setVisible(false);
            try {
                String done = save();
                close();
                refresh();
                Notices.done(done);
            } catch (ValidationException notSent) {
                // The binder marked the fields.
            } catch (InvalidInputException | NotFoundException | BusinessRuleException refused) {
                FormErrors.showRefusal(binder(), refused, message);
            }
        }
    }

    final class CreateDialog extends FormDialog {

        final TextField code = new TextField(getTranslation("directory.departments.code"));
        final TextField nameZh = nameField("directory.departments.nameZh", "department-name-zh");
        final TextField nameEn = nameField("directory.departments.nameEn", "department-name-en");
        private final Binder<NewDepartment> binder = new Binder<>(NewDepartment.class);

        CreateDialog() {
            super(DepartmentListView.this.getTranslation("directory.departments.newTitle"));
            code.setId("department-code");
            code.setMaxLength(NewDepartment.MAX_CODE_LENGTH);
            code.setHelperText(getTranslation("directory.departments.code.helper"));
            code.setAllowedCharPattern("[A-Za-z0-9-]");
            code.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null
                        && !change.getValue().equals(change.getValue().toUpperCase(java.util.Locale.ROOT))) {
                    code.setValue(change.getValue().toUpperCase(java.util.Locale.ROOT));
                }
            });
            binder.setDefaultValidatorsEnabled(false);
            binder.forField(code).bind("code");
            binder.forField(nameZh).bind("nameZh");
            binder.forField(nameEn).bind("nameEn");
            form.add(code, nameZh, nameEn);
        }

        @Override
        String save() throws ValidationException {
            Department created = departments.create(binder.writeRecord());
            return getTranslation("directory.departments.created", named(created));
        }

        @Override
        Binder<?> binder() {
            return binder;
        }
    }

    final class RenameDialog extends FormDialog {

        final TextField nameZh = nameField("directory.departments.nameZh", "department-name-zh");
        final TextField nameEn = nameField("directory.departments.nameEn", "department-name-en");
        private final Binder<DepartmentNames> binder = new Binder<>(DepartmentNames.class);
        private final String departmentCode;

        RenameDialog(Department department) {
            super(DepartmentListView.this.getTranslation("directory.departments.editTitle", department.code()));
            this.departmentCode = department.code();
            binder.setDefaultValidatorsEnabled(false);
            binder.forField(nameZh).bind("nameZh");
            binder.forField(nameEn).bind("nameEn");
            nameZh.setValue(department.nameZh());
            nameEn.setValue(department.nameEn());
            form.add(nameZh, nameEn);
        }

        @Override
        String save() throws ValidationException {
            Department renamed = departments.rename(departmentCode, binder.writeRecord());
            return getTranslation("directory.departments.renamed", named(renamed));
        }

        @Override
        Binder<?> binder() {
            return binder;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.departments.pageTitle");
    }
}
