package org.onewindow.crm.ui;

import java.util.Map;
import java.util.function.Consumer;

import org.onewindow.crm.AccessReason;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.FormErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Asks why a reader without an open case of the applicant opens the file; the audit log keeps the reason. The
 * view opens the file with it and hands a refusal back, which stays on the reason field.
 */
class OpeningReasonForm extends VerticalLayout {

    private final Binder<AccessReason> binder = new Binder<>(AccessReason.class);
    private final Paragraph message = new Paragraph();

    /** {@code open}: opens the file with the reason given, or calls {@link #refuse} when the service says no. */
    OpeningReasonForm(Consumer<AccessReason> open) {
        setPadding(false);
        TextArea reason = new TextArea(getTranslation("crm.file.reason"));
        reason.setId("file-reason");
        reason.setMaxLength(AccessReason.MAX_REASON_LENGTH);
        reason.setWidthFull();
        binder.forField(reason).bind("reason");
        FormErrors.messageLine(message, "file-reason-message");
        Button submit = new Button(getTranslation("crm.file.open"), event -> {
            message.setVisible(false);
            try {
                open.accept(binder.writeRecord());
            } catch (ValidationException notSent) {
                // The binder has no checks of its own on a reason; should one come, it marks the field itself.
            }
        });
        submit.setId("file-open");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("crm.file.reasonIntro")), reason, submit, message);
    }

    /** Shows why the service refused the reason: on the field, and what no field shows below the button. */
    void refuse(InvalidInputException refused) {
        Map<String, String> unplaced = FormErrors.show(binder, refused);
        if (!unplaced.isEmpty()) {
            message.setText(String.join(" ", unplaced.values()));
            message.setVisible(true);
        }
    }
}
