package org.onewindow.satisfaction.ui;

import java.util.List;
import java.util.Map;

import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SurveyAnswers;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** The questionnaire, the same on the public page, at the window kiosk and for answers taken on the phone. */
class QuestionnaireForm extends VerticalLayout {

    final RadioButtonGroup<Rating> overall = new RadioButtonGroup<>(getTranslation("satisfaction.questionnaire.overall"));
    final RadioButtonGroup<Integer> timeliness = dimension("satisfaction.questionnaire.timeliness", "survey-timeliness");
    final RadioButtonGroup<Integer> attitude = dimension("satisfaction.questionnaire.attitude", "survey-attitude");
    final RadioButtonGroup<Integer> transparency = dimension("satisfaction.questionnaire.transparency", "survey-transparency");
    final RadioButtonGroup<Integer> convenience = dimension("satisfaction.questionnaire.convenience", "survey-convenience");
    final RadioButtonGroup<Integer> outcome = dimension("satisfaction.questionnaire.outcome", "survey-outcome");
    final IntegerField visits = new IntegerField(getTranslation("satisfaction.questionnaire.visits"));
    final TextArea comment = new TextArea(getTranslation("satisfaction.questionnaire.comment"));

    /** In the screen's language: the public page's and the kiosk's (the citizen's choice), or the caller's. */
    QuestionnaireForm() {
        setPadding(false);
        overall.setItems(List.of(Rating.values()));
        overall.setItemLabelGenerator(SurveyTexts::rating);
        overall.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        overall.setId("survey-overall");
        visits.setId("survey-visits");
        visits.setMin(1);
        visits.setMax(20);
        visits.setStepButtonsVisible(true);
        comment.setId("survey-comment");
        comment.setMaxLength(1000);
        comment.setWidthFull();
        add(overall, timeliness, attitude, transparency, convenience, outcome, visits, comment);
    }

    private RadioButtonGroup<Integer> dimension(String labelKey, String id) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(
                getTranslation("satisfaction.questionnaire.scale", getTranslation(labelKey)));
        group.setItems(1, 2, 3, 4, 5);
        group.setId(id);
        return group;
    }

    SurveyAnswers answers() {
        return new SurveyAnswers(overall.getValue(), timeliness.getValue(), attitude.getValue(), transparency.getValue(),
                convenience.getValue(), outcome.getValue(), visits.getValue(), comment.getValue());
    }

    /** Whether anything was answered yet: a citizen in the middle of the questionnaire is not interrupted. */
    boolean isStarted() {
        return overall.getValue() != null || timeliness.getValue() != null || attitude.getValue() != null
                || transparency.getValue() != null || convenience.getValue() != null || outcome.getValue() != null
                || visits.getValue() != null || !comment.getValue().isEmpty();
    }

    void clearErrors() {
        for (HasValidation field : fields()) {
            field.setInvalid(false);
        }
    }

    /** The service's messages, already in the language of the request (see {@code Translations#current}). */
    void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            HasValidation component = switch (field) {
                case "overall" -> overall;
                case "timeliness" -> timeliness;
                case "attitude" -> attitude;
                case "transparency" -> transparency;
                case "convenience" -> convenience;
                case "outcome" -> outcome;
                case "visits" -> visits;
                default -> comment;
            };
            component.setErrorMessage(message);
            component.setInvalid(true);
        });
    }

    private HasValidation[] fields() {
        return new HasValidation[] { overall, timeliness, attitude, transparency, convenience, outcome, visits, comment };
    }
}
