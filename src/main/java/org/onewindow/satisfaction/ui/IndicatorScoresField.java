package org.onewindow.satisfaction.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.SurveyAnswers;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The indicators of one set, each asked 1 to 5 in the screen's language in the set's order; its value is the scores
 * by indicator code, the unanswered ones left out (the service says which are missing, on their own group).
 */
class IndicatorScoresField extends CustomField<Map<String, Integer>> {

    private final Map<String, RadioButtonGroup<Integer>> groups = new LinkedHashMap<>();

    IndicatorScoresField(IndicatorSet set) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setSpacing(false);
        for (Indicator indicator : set.indicators()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(
                    getTranslation("satisfaction.questionnaire.scale", indicator.name(getLocale())));
            group.setItems(SurveyAnswers.MIN_SCORE, 2, 3, 4, SurveyAnswers.MAX_SCORE);
            group.setId("survey-score-" + indicator.code());
            group.addValueChangeListener(change -> {
                group.setInvalid(false);
                updateValue();
            });
            groups.put(indicator.code(), group);
            layout.add(group);
        }
        add(layout);
        setWidthFull();
    }

    /** The group asking this indicator, if the set has it. */
    RadioButtonGroup<Integer> group(String code) {
        return groups.get(code);
    }

    boolean isStarted() {
        return groups.values().stream().anyMatch(group -> group.getValue() != null);
    }

    @Override
    protected Map<String, Integer> generateModelValue() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        groups.forEach((code, group) -> {
            if (group.getValue() != null) {
                scores.put(code, group.getValue());
            }
        });
        return scores;
    }

    @Override
    protected void setPresentationValue(Map<String, Integer> scores) {
        groups.forEach((code, group) -> group.setValue(scores == null ? null : scores.get(code)));
    }
}
