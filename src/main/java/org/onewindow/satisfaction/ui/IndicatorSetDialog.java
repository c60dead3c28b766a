package org.onewindow.satisfaction.ui;

import java.util.function.Consumer;

import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetDraft;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/** Edits a draft version of an indicator set: its indicators and its note; saved as one command. */
class IndicatorSetDialog extends Dialog {

    final IndicatorListField indicators = new IndicatorListField();
    final TextArea note = new TextArea(getTranslation("satisfaction.indicators.note"));
    final Paragraph message = new Paragraph();
    final Button save = new Button(getTranslation("satisfaction.indicators.save"));
    private final Binder<IndicatorSetDraft> binder = new Binder<>(IndicatorSetDraft.class);

    IndicatorSetDialog(IndicatorSetService service, IndicatorSet draft, Consumer<IndicatorSet> saved) {
        setId("indicator-set-dialog");
        setHeaderTitle(getTranslation("satisfaction.indicators.editTitle",
                getTranslation("satisfaction.evaluationChannel." + draft.channel().name()), draft.version()));
        setWidth("min(60em, 95vw)");
        indicators.setId("indicator-set-indicators");
        note.setId("indicator-set-note");
        note.setMaxLength(IndicatorSetDraft.MAX_NOTE_LENGTH);
        note.setHelperText(getTranslation("satisfaction.indicators.noteHelper"));
        note.setWidthFull();
        FormErrors.messageLine(message, "indicator-set-message");
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(note).withNullRepresentation("").bind("note");
        binder.forField(indicators).bind("indicators");
        binder.readRecord(IndicatorSetDraft.of(draft));
        save.setId("indicator-set-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            message.setVisible(false);
            try {
                IndicatorSet after = service.saveDraft(draft.id(), binder.writeRecord());
                close();
                saved.accept(after);
            } catch (ValidationException notSent) {
                // Nothing the fields check by themselves.
            } catch (InvalidInputException | BusinessRuleException | NotFoundException refused) {
                FormErrors.showRefusal(binder, refused, message);
            }
        });
        Button cancel = new Button(getTranslation("satisfaction.indicators.cancel"), click -> close());
        cancel.setId("indicator-set-cancel");
        add(indicators, note, message);
        getFooter().add(cancel, save);
    }
}
