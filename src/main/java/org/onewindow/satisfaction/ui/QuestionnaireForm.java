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

/** The questionnaire, the same on the public page and for answers taken on the phone. */
class QuestionnaireForm extends VerticalLayout {

    final RadioButtonGroup<Rating> overall = new RadioButtonGroup<>("Overall, how satisfied are you?");
    final RadioButtonGroup<Integer> timeliness = dimension("Speed: was it done on time?", "survey-timeliness");
    final RadioButtonGroup<Integer> attitude = dimension("Staff attitude", "survey-attitude");
    final RadioButtonGroup<Integer> transparency = dimension("Was the process clear to you?", "survey-transparency");
    final RadioButtonGroup<Integer> convenience = dimension("Convenience", "survey-convenience");
    final RadioButtonGroup<Integer> outcome = dimension("The result", "survey-outcome");
    final IntegerField visits = new IntegerField("How many times did you come to the hall for this?");
    final TextArea comment = new TextArea("Anything else you want to tell us?");

    QuestionnaireForm() {
        setPadding(false);
        overall.setItems(List.of(Rating.values()));
        overall.setItemLabelGenerator(QuestionnaireForm::label);
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

    static String label(Rating rating) {
        return switch (rating) {
            case VERY_SATISFIED -> "Very satisfied";
            case SATISFIED -> "Satisfied";
            case BASICALLY_SATISFIED -> "Basically satisfied";
            case DISSATISFIED -> "Dissatisfied";
            case VERY_DISSATISFIED -> "Very dissatisfied";
        };
    }

    private static RadioButtonGroup<Integer> dimension(String label, String id) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label + " (1 = very poor, 5 = very good)");
        group.setItems(1, 2, 3, 4, 5);
        group.setId(id);
        return group;
    }

    SurveyAnswers answers() {
        return new SurveyAnswers(overall.getValue(), timeliness.getValue(), attitude.getValue(), transparency.getValue(),
                convenience.getValue(), outcome.getValue(), visits.getValue(), comment.getValue());
    }

    void clearErrors() {
        for (HasValidation field : fields()) {
            field.setInvalid(false);
        }
    }

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
