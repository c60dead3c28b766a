package org.onewindow.satisfaction.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.onewindow.satisfaction.Rating;
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
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The questionnaire, the same on the public page, at the window kiosk and for answers taken on the phone. Its
 * fields are bound to {@link SurveyAnswers}; what is missing or out of range is the service's to say, on the
 * field it concerns.
 */
class QuestionnaireForm extends VerticalLayout {

    final RadioButtonGroup<Rating> overall = new RadioButtonGroup<>(
            getTranslation("satisfaction.questionnaire.overall"));
    final RadioButtonGroup<Integer> timeliness = dimension("satisfaction.questionnaire.timeliness",
            "survey-timeliness");
    final RadioButtonGroup<Integer> attitude = dimension("satisfaction.questionnaire.attitude", "survey-attitude");
    final RadioButtonGroup<Integer> transparency = dimension("satisfaction.questionnaire.transparency",
            "survey-transparency");
    final RadioButtonGroup<Integer> convenience = dimension("satisfaction.questionnaire.convenience",
            "survey-convenience");
    final RadioButtonGroup<Integer> outcome = dimension("satisfaction.questionnaire.outcome", "survey-outcome");
    final IntegerField visits = new IntegerField(getTranslation("satisfaction.questionnaire.visits"));
    final TextArea comment = new TextArea(getTranslation("satisfaction.questionnaire.comment"));
    /** Refusals no field shows. */
    final Paragraph message = new Paragraph();
    private final Binder<SurveyAnswers> binder = new Binder<>(SurveyAnswers.class);

    /** In the screen's language: the public page's and the kiosk's (the citizen's choice), or the caller's. */
    QuestionnaireForm() {
        setPadding(false);
        overall.setItems(List.of(Rating.values()));
        overall.setItemLabelGenerator(SurveyTexts::rating);
        overall.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        overall.setId("survey-overall");
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
        binder.forField(timeliness).bind("timeliness");
        binder.forField(attitude).bind("attitude");
        binder.forField(transparency).bind("transparency");
        binder.forField(convenience).bind("convenience");
        binder.forField(outcome).bind("outcome");
        binder.forField(visits).bind("visits");
        binder.forField(comment).bind("comment");
        add(overall, timeliness, attitude, transparency, convenience, outcome, visits, comment, message);
    }

    private RadioButtonGroup<Integer> dimension(String labelKey, String id) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(
                getTranslation("satisfaction.questionnaire.scale", getTranslation(labelKey)));
        group.setItems(SurveyAnswers.MIN_SCORE, 2, 3, 4, SurveyAnswers.MAX_SCORE);
        group.setId(id);
        return group;
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
            Map<String, String> unplaced = FormErrors.show(binder, refused);
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
            return false;
        }
    }

    /** Whether anything was answered yet: a citizen in the middle of the questionnaire is not interrupted. */
    boolean isStarted() {
        return overall.getValue() != null || timeliness.getValue() != null || attitude.getValue() != null
                || transparency.getValue() != null || convenience.getValue() != null || outcome.getValue() != null
                || visits.getValue() != null || !comment.getValue().isEmpty();
    }
}
