package org.onewindow.directory.ui;

import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.PasswordField;
import org.onewindow.directory.StaffAccountRow;
import org.onewindow.directory.StaffAccountService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A temporary password the administrator types and tells the person; it must be changed at the next sign-in. */
final class TemporaryPasswordDialog extends Dialog {

    final com.vaadin.flow.component.textfield.PasswordField password = new com.vaadin.flow.component.textfield.PasswordField(
            getTranslation("directory.staff.temporaryPassword"));
    final Paragraph message = FormErrors.messageLine(new Paragraph(), "staff-password-message");
    private final transient StaffAccountService accounts;

    TemporaryPasswordDialog(StaffAccountService accounts, StaffAccountRow member) {
        this.accounts = accounts;
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
            Notices.done(getTranslation("directory.staff.passwordSet", member.username()));
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
