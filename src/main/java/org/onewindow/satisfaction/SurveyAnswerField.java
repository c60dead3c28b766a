package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/**
 * The fields of {@link SurveyAnswers}, as the questionnaire's validator names them; a missing or out-of-range score
 * is refused under {@link SurveyAnswers#scoreProperty(String)}, an unknown indicator under {@link #SCORES}.
 */
public enum SurveyAnswerField implements InputField {
    OVERALL, SCORES, INDICATOR_SET_ID, VISITS, COMMENT
}
