package org.onewindow.casework.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.Notices;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The one-time notice: the clerk ticks everything missing at once, pre-filled with what was not received, bound to
 * a {@link MaterialsRequest}; the intake's refusals go on the field they name.
 */
class MaterialsNoticeDialog extends Dialog {

    final CheckboxGroup<String> missing = new CheckboxGroup<>(getTranslation("casework.task.missing"));
    final TextArea missingNote = new TextArea(getTranslation("casework.task.missingNote"));
    /** Refusals no field shows. */
    final Paragraph message = new Paragraph();
    private final Binder<MaterialsRequest> binder = new Binder<>(MaterialsRequest.class);

    MaterialsNoticeDialog(TaskWorkService work, TaskDetails details) {
        setHeaderTitle(getTranslation("casework.task.returnForMaterials"));
        setId("materials-dialog");
        // The Chinese names are the keys the notice keeps; the clerk reads them in the screen's language.
        var materials = details.caseDetails().materials();
        missing.setItems(materials.stream().map(m -> m.name()).toList());
        missing.setItemLabelGenerator(key -> materials.stream().filter(m -> m.name().equals(key)).findFirst()
                .map(m -> m.name(getLocale())).orElse(key));
        missing.setId("materials-missing");
        missing.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        missingNote.setId("materials-note");
        missingNote.setMaxLength(MaterialsRequest.MAX_NOTE);
        missingNote.setWidthFull();
        binder.forField(missing)
                .<List<String>>withConverter(selected -> new ArrayList<>(selected),
                        names -> names == null ? Set.of() : new LinkedHashSet<>(names))
                .bind("missing");
        binder.forField(missingNote).bind("note");
        binder.readRecord(new MaterialsRequest(
                details.caseDetails().materials().stream().filter(m -> !m.received()).map(m -> m.name()).toList(),
                ""));
        FormErrors.messageLine(message, "materials-message");
        Button issue = new Button(getTranslation("casework.task.issueNotice"), e -> issue(work, details));
        issue.setId("materials-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("casework.common.cancel"), e -> close());
        add(new VerticalLayout(missing, missingNote, message));
        getFooter().add(cancel, issue);
    }

    private void issue(TaskWorkService work, TaskDetails details) {
        message.setVisible(false);
        try {
            MaterialsNotice notice = work.returnForMaterials(details.task().taskId(), binder.writeRecord());
            // Asked before closing: a closed dialog is no longer in the UI, and the notice must still open.
            var ui = getUI();
            close();
            Notices.done(getTranslation("casework.task.returnedNotice"));
            ui.ifPresent(current -> current.navigate(MaterialsNoticeView.class, String.valueOf(notice.id())));
        } catch (ValidationException unbound) {
            // The binder's own checks have marked their fields.
        } catch (InvalidInputException refused) {
            show(FormErrors.show(binder, refused));
        } catch (BusinessRuleException | NotFoundException | AccessDeniedException refused) {
            show(Map.of("", refused.getMessage()));
        }
    }

    private void show(Map<String, String> unplaced) {
        message.setText(String.join(" ", unplaced.values()));
        message.setVisible(!unplaced.isEmpty());
    }
}
