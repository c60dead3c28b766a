package org.onewindow.directory.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffAccountRow;
import org.onewindow.directory.StaffAccountService;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Opens a staff account ({@code editing} null) or edits one: everything but the user name and the password, which
 * has its own {@link TemporaryPasswordDialog}. A refusal shows on its field or on the dialog's message line.
 */
final class StaffAccountDialog extends Dialog {

    final TextField username = field("directory.staff.username", "staff-username", StaffAccount.MAX_USERNAME_LENGTH);
    final TextField nameZh = field("directory.staff.nameZh", "staff-name-zh", StaffAccount.MAX_NAME_LENGTH);
    final TextField nameEn = field("directory.staff.nameEn", "staff-name-en", StaffAccount.MAX_NAME_LENGTH);
    final TextField mobile = field("directory.staff.mobile", "staff-mobile", StaffAccount.MOBILE_LENGTH);
    final TextField email = field("directory.staff.email", "staff-email", StaffAccount.MAX_EMAIL_LENGTH);
    final Select<Locale> language = new Select<>();
    final MultiSelectComboBox<String> roles = new MultiSelectComboBox<>(getTranslation("directory.staff.roles"));
    final MultiSelectComboBox<String> departments = new MultiSelectComboBox<>(
            getTranslation("directory.staff.departments"));
    final PasswordField temporaryPassword = new PasswordField(getTranslation("directory.staff.temporaryPassword"));
    final Paragraph message = FormErrors.messageLine(new Paragraph(), "staff-form-message");
    private final Binder<StaffAccount> binder = new Binder<>(StaffAccount.class);
    private final transient StaffAccountService accounts;
    private final transient DirectoryService directory;
    private final StaffAccountRow editing;
    private final Runnable saved;

    /** {@code saved} runs after the account was saved, e.g. to refresh the list. */
    StaffAccountDialog(StaffAccountService accounts, DirectoryService directory, StaffAccountRow editing,
            Runnable saved) {
        this.accounts = accounts;
        this.directory = directory;
        this.editing = editing;
        this.saved = saved;
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
        language.setItemLabelGenerator(locale -> getTranslation("directory.staff.language." + locale.toLanguageTag()));
        roles.setId("staff-roles");
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("shared.role." + role));
        departments.setId("staff-departments");
        departments.setItems(offeredDepartments());
        departments.setItemLabelGenerator(code -> directory.departmentName(code, getLocale()));
        temporaryPassword.setId("staff-temporary-password");
        temporaryPassword.setMaxLength(PasswordChange.MAX_LENGTH);
        temporaryPassword
                .setHelperText(getTranslation("directory.staff.temporaryPassword.helper", PasswordChange.MIN_LENGTH));

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
                .sorted(Comparator.comparing((Department d) -> d.name(getLocale()))).map(Department::code).toList();
    }

    void save() {
        message.setVisible(false);
        try {
            StaffAccount account = binder.writeRecord();
            StaffMember member = editing == null ? accounts.create(account)
                    : accounts.edit(editing.username(), account);
            close();
            saved.run();
            Notices.done(getTranslation(editing == null ? "directory.staff.created" : "directory.staff.edited",
                    member.username()));
        } catch (ValidationException notSent) {
            // The binder marked the fields.
        } catch (InvalidInputException | NotFoundException | BusinessRuleException refused) {
            FormErrors.showRefusal(binder, refused, message);
        }
    }

    private TextField field(String key, String id, int maxLength) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }
}
