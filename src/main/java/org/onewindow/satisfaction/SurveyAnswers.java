package org.onewindow.satisfaction;

/**
 * A citizen's answers: the overall rating and the five dimension scores (1 to 5), how many times they had to
 * come to the hall for this case, and a free comment.
 */
public record SurveyAnswers(Rating overall, Integer timeliness, Integer attitude, Integer transparency,
        Integer convenience, Integer outcome, Integer visits, String comment) {
}
