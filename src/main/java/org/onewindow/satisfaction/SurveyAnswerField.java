package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/** The fields of {@link SurveyAnswers}, as the questionnaire's validator names them. */
public enum SurveyAnswerField implements InputField {
    OVERALL, TIMELINESS, ATTITUDE, TRANSPARENCY, CONVENIENCE, OUTCOME, VISITS, COMMENT
}
