package org.onewindow.directory.ui;

import java.util.Map;

import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.PasswordService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Every staff member changes their own password here, from the user menu; a person whose password is temporary
 * (set by an administrator, or the first administrator's setup code) is sent here after signing in and can open
 * nothing else until it is changed. The service checks the current password and the policy.
 */
@Route(value = PasswordChangeRequired.ROUTE, layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final transient PasswordService passwords;
    private final Binder<PasswordChange> binder = new Binder<>(PasswordChange.class);
    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Paragraph forced = new Paragraph();
    final Paragraph message = new Paragraph();
    final Button save = new Button();

    public ChangePasswordView(PasswordService passwords) {
        this.passwords = passwords;
        setMaxWidth("40em");
        forced.setId("password-forced");
        forced.setText(getTranslation("directory.password.forced"));
        forced.setVisible(passwords.mustChangeOwnPassword());
        current.setId("password-current");
        current.setLabel(getTranslation("directory.password.current"));
        newPassword.setId("password-new");
        newPassword.setLabel(getTranslation("directory.password.new"));
        repeated.setId("password-repeated");
        repeated.setLabel(getTranslation("directory.password.repeated"));
        for (PasswordField field : new PasswordField[] { current, newPassword, repeated }) {
            field.setMaxLength(PasswordChange.MAX_LENGTH);
            field.setWidthFull();
        }
        binder.forField(current).bind("currentPassword");
        binder.forField(newPassword).bind("newPassword");
        binder.forField(repeated).bind("repeatedPassword");
        FormErrors.messageLine(message, "password-message");
        save.setText(getTranslation("directory.password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new H1(getTranslation("directory.password.title")), forced,
                new Paragraph(getTranslation("directory.password.intro", PasswordChange.MIN_LENGTH)), current,
                newPassword, repeated, message, save);
    }

    private void save() {
        message.setVisible(false);
        try {
            passwords.changeOwnPassword(binder.writeRecord());
        } catch (ValidationException notSent) {
            // The binder has no checks of its own: the service judges every field.
            return;
        } catch (InvalidInputException refused) {
            Map<String, String> unplaced = FormErrors.show(binder, refused);
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
            return;
        }
        Notices.done(getTranslation("directory.password.changed"));
        current.clear();
        newPassword.clear();
        repeated.clear();
        if (forced.isVisible()) {
            forced.setVisible(false);
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.password.pageTitle");
    }
}
