package org.onewindow.casework.ui;

import java.util.ArrayList;

import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The one-time notice: the clerk ticks everything missing at once, pre-filled with what was not received. */
class MaterialsNoticeDialog extends Dialog {

    final CheckboxGroup<String> missing = new CheckboxGroup<>(getTranslation("casework.task.missing"));
    final TextArea missingNote = new TextArea(getTranslation("casework.task.missingNote"));

    MaterialsNoticeDialog(TaskWorkService work, TaskDetails details) {
        setHeaderTitle(getTranslation("casework.task.returnForMaterials"));
        setId("materials-dialog");
        missing.setItems(details.caseDetails().materials().stream().map(m -> m.name()).toList());
        missing.select(
                details.caseDetails().materials().stream().filter(m -> !m.received()).map(m -> m.name()).toList());
        missing.setId("materials-missing");
        missing.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        missingNote.setId("materials-note");
        missingNote.setMaxLength(2000);
        missingNote.setWidthFull();
        Button issue = new Button(getTranslation("casework.task.issueNotice"), e -> {
            try {
                MaterialsNotice notice = work.returnForMaterials(details.task().taskId(),
                        new ArrayList<>(missing.getSelectedItems()), missingNote.getValue());
                // Asked before closing: a closed dialog is no longer in the UI, and the notice must still open.
                var ui = getUI();
                close();
                Notification.show(getTranslation("casework.task.returnedNotice"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                ui.ifPresent(current -> current.navigate(MaterialsNoticeView.class, String.valueOf(notice.id())));
            } catch (InvalidInputException ex) {
                missing.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                missing.setInvalid(true);
            } catch (BusinessRuleException | NotFoundException | AccessDeniedException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        issue.setId("materials-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("casework.common.cancel"), e -> close());
        add(new VerticalLayout(missing, missingNote));
        getFooter().add(cancel, issue);
    }
}
