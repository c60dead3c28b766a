package org.onewindow.crm.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.onewindow.crm.AccessReason;
import org.onewindow.crm.ApplicantFileService;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.FormErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Asks why before the full ID number or credit code is shown: the audit log keeps the reason. The service checks
 * it; a refusal stays on the reason field and the dialog stays open.
 */
class RevealIdentifierDialog extends Dialog {

    private final transient ApplicantFileService files;
    private final ApplicantRef applicant;
    private final transient Consumer<String> revealed;
    private final Binder<AccessReason> binder = new Binder<>(AccessReason.class);
    private final Paragraph message = new Paragraph();

    /** {@code revealed}: given the number once the service has recorded the reason and revealed it. */
    RevealIdentifierDialog(ApplicantFileService files, ApplicantRef applicant, Consumer<String> revealed) {
        this.files = files;
        this.applicant = applicant;
        this.revealed = revealed;
        setHeaderTitle(getTranslation("crm.reveal.title"));
        TextArea reason = new TextArea(getTranslation("crm.reveal.reason"));
        reason.setId("reveal-reason");
        reason.setMaxLength(AccessReason.MAX_REASON_LENGTH);
        reason.setWidthFull();
        binder.forField(reason).bind("reason");
        FormErrors.messageLine(message, "reveal-message");
        Button confirm = new Button(getTranslation("crm.reveal.confirm"), event -> confirm());
        confirm.setId("reveal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("crm.reveal.cancel"), event -> close());
        cancel.setId("reveal-cancel");
        add(new Paragraph(getTranslation("crm.reveal.intro")), reason, message);
        getFooter().add(cancel, confirm);
    }

    private void confirm() {
        message.setVisible(false);
        try {
            String number = files.revealIdentifier(applicant, binder.writeRecord());
            close();
            revealed.accept(number);
        } catch (ValidationException notSent) {
            // The binder has no checks of its own on a reason; should one come, it marks the field itself.
        } catch (InvalidInputException refused) {
            Map<String, String> unplaced = FormErrors.show(binder, refused);
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
        }
    }
}
