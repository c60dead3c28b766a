package org.onewindow.satisfaction;

/**
 * A supplementary review (追评) through the survey link, after the answers: how satisfied the citizen is now and
 * what they add. Its comment is as long as the questionnaire's at most ({@link SurveyAnswers#MAX_COMMENT_LENGTH}).
 */
public record SupplementaryReview(Rating overall, String comment) {
}
