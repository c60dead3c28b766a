package org.onewindow.satisfaction;

/**
 * A citizen's answers: the overall rating and the five dimension scores (1 to 5), how many times they had to
 * come to the hall for this case, and a free comment.
 */
public record SurveyAnswers(Rating overall, Integer timeliness, Integer attitude, Integer transparency,
        Integer convenience, Integer outcome, Integer visits, String comment) {

    /** The range of each dimension's score. */
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    /** The range of the visits a citizen can report for one case. */
    public static final int MIN_VISITS = 1;
    public static final int MAX_VISITS = 20;
    /** The longest comment, also of a supplementary review. */
    public static final int MAX_COMMENT_LENGTH = 1000;
}
