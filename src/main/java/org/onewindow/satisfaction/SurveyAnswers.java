package org.onewindow.satisfaction;

import java.util.Map;

/**
 * A citizen's answers: the overall rating, the scores (1 to 5) by indicator code of the indicator set the
 * questionnaire showed, that set's id, how many times they had to come to the hall for this case, and a free
 * comment. Fields named by {@link SurveyAnswerField}; a score's refusal is keyed {@code scores.<CODE>}.
 */
public record SurveyAnswers(Rating overall, Map<String, Integer> scores, Long indicatorSetId, Integer visits,
        String comment) {

    /** The range of each indicator's score. */
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    /** The range of the visits a citizen can report for one case. */
    public static final int MIN_VISITS = 1;
    public static final int MAX_VISITS = 20;
    /** The longest comment, also of a supplementary review. */
    public static final int MAX_COMMENT_LENGTH = 1000;

    /** Answers to the questionnaire of {@code set}. */
    public static SurveyAnswers of(IndicatorSet set, Rating overall, Map<String, Integer> scores, Integer visits,
            String comment) {
        return new SurveyAnswers(overall, scores, set.id(), visits, comment);
    }

    /** The property of one indicator's score in a refusal's field errors, e.g. {@code scores.EFFICIENCY}. */
    public static String scoreProperty(String code) {
        return SurveyAnswerField.SCORES.property() + "." + code;
    }
}
