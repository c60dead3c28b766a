package org.onewindow.satisfaction.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SurveyAnswerField;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.FormErrors;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The questionnaire, the same on the public page, at the window kiosk and for answers taken on the phone: the
 * overall rating and the indicators of the channel's current set. Its fields are bound to {@link SurveyAnswers}; what is missing or out of range is the service's to say, on the
 * field it concerns.
 */
class QuestionnaireForm extends VerticalLayout {

    final RadioButtonGroup<Rating> overall = new RadioButtonGroup<>(
            getTranslation("satisfaction.questionnaire.overall"));
    final IndicatorScoresField scores;
    final IntegerField visits = new IntegerField(getTranslation("satisfaction.questionnaire.visits"));
    final TextArea comment = new TextArea(getTranslation("satisfaction.questionnaire.comment"));
    /** Refusals no field shows. */
    final Paragraph message = new Paragraph();
    /** The set shown, which the answers name: not typed, so a field that only holds it. */
    private final ReadOnlyHasValue<Long> indicatorSetId = new ReadOnlyHasValue<>(id -> {
    });
    private final Binder<SurveyAnswers> binder = new Binder<>(SurveyAnswers.class);

    /**
     * The questionnaire of {@code set}, in the screen's language: the public page's and the kiosk's (the citizen's
     * choice), or the caller's.
     */
    QuestionnaireForm(IndicatorSet set) {
        setPadding(false);
        overall.setItems(List.of(Rating.values()));
        overall.setItemLabelGenerator(SurveyTexts::rating);
        overall.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        overall.setId("survey-overall");
        scores = new IndicatorScoresField(set);
        scores.setId("survey-scores");
        indicatorSetId.setValue(set.id());
        visits.setId("survey-visits");
        visits.setMin(SurveyAnswers.MIN_VISITS);
        visits.setMax(SurveyAnswers.MAX_VISITS);
        visits.setStepButtonsVisible(true);
        comment.setId("survey-comment");
        comment.setMaxLength(SurveyAnswers.MAX_COMMENT_LENGTH);
        comment.setWidthFull();
        FormErrors.messageLine(message, "survey-message");
        // The service's messages say what a range means to the citizen; the fields' own checks would say less.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(overall).bind("overall");
        binder.forField(scores).bind("scores");
        binder.forField(indicatorSetId).bind("indicatorSetId");
        binder.forField(visits).bind("visits");
        binder.forField(comment).bind("comment");
        add(overall, scores, visits, comment, message);
    }

    /**
     * Hands the answers to {@code sender}, which calls the service. Returns {@code false} when the service refused
     * them: each message is then shown on its field. Other refusals pass through to the screen.
     */
    boolean send(Consumer<SurveyAnswers> sender) {
        message.setVisible(false);
        SurveyAnswers answers;
        try {
            answers = binder.writeRecord();
        } catch (ValidationException notSent) {
            return false;
        }
        try {
            sender.accept(answers);
            return true;
        } catch (InvalidInputException refused) {
            Map<String, String> unplaced = FormErrors.show(binder, onScores(refused));
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
            return false;
        }
    }

    /**
     * Puts each refused score on its indicator's group (keyed {@code scores.<CODE>}, which no binding has) and
     * returns the other refusals.
     */
    private InvalidInputException onScores(InvalidInputException refused) {
        Map<String, String> rest = new LinkedHashMap<>();
        refused.fieldErrors().forEach((property, text) -> {
            String prefix = SurveyAnswerField.SCORES.property() + ".";
            RadioButtonGroup<Integer> group = property.startsWith(prefix)
                    ? scores.group(property.substring(prefix.length()))
                    : null;
            if (group != null) {
                group.setErrorMessage(text);
                group.setInvalid(true);
            } else {
                rest.put(property, text);
            }
        });
        return new InvalidInputException(rest);
    }

    /** Whether anything was answered yet: a citizen in the middle of the questionnaire is not interrupted. */
    boolean isStarted() {
        return overall.getValue() != null || scores.isStarted() || visits.getValue() != null
                || !comment.getValue().isEmpty();
    }
}
