package org.onewindow.satisfaction.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.SupplementaryReview;
import org.onewindow.satisfaction.SupplementaryReviewField;
import org.onewindow.satisfaction.SurveyAnswerField;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/**
 * The one check of a citizen's answers, whichever way they came (link, notice, kiosk, phone): the set answered
 * one of the channel's published versions, each of its indicators scored within range, no unknown one, the visits
 * within range, the comment not too long; and of a supplementary review. Messages in the language of the request, the
 * questionnaire's.
 */
final class AnswerValidator {

    private AnswerValidator() {
    }

    /**
     * Checks the answers against the indicator set they name, which must be one of the answer's channel that was
     * published (a questionnaire opened just before a new version was published still answers the one it showed).
     *
     * @param set the set {@code answers} name, empty when there is none with that id
     * @throws InvalidInputException naming every refused field (a score as {@code scores.<CODE>}); nothing may be
     *     stored then
     */
    static void check(SurveyAnswers answers, EvaluationChannel channel, Optional<IndicatorSet> set) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (answers.overall() == null) {
            errors.put(SurveyAnswerField.OVERALL.property(), Translations.current("satisfaction.error.overall"));
        }
        if (set.isEmpty() || set.get().channel() != channel || set.get().publishedAt() == null) {
            errors.put(SurveyAnswerField.INDICATOR_SET_ID.property(),
                    Translations.current("satisfaction.error.indicatorSet"));
        } else {
            Map<String, Integer> scores = answers.scores() == null ? Map.of() : answers.scores();
            for (Indicator indicator : set.get().indicators()) {
                Integer value = scores.get(indicator.code());
                if (value == null || value < SurveyAnswers.MIN_SCORE || value > SurveyAnswers.MAX_SCORE) {
                    errors.put(SurveyAnswers.scoreProperty(indicator.code()),
                            Translations.current("satisfaction.error.score", String.valueOf(SurveyAnswers.MIN_SCORE),
                                    String.valueOf(SurveyAnswers.MAX_SCORE)));
                }
            }
            List<String> unknown = scores.keySet().stream().filter(code -> set.get().indicator(code).isEmpty())
                    .sorted().toList();
            if (!unknown.isEmpty()) {
                errors.put(SurveyAnswerField.SCORES.property(),
                        Translations.current("satisfaction.error.unknownIndicator", String.join(", ", unknown)));
            }
        }
        if (answers.visits() == null || answers.visits() < SurveyAnswers.MIN_VISITS
                || answers.visits() > SurveyAnswers.MAX_VISITS) {
            errors.put(SurveyAnswerField.VISITS.property(), Translations.current("satisfaction.error.visits",
                    String.valueOf(SurveyAnswers.MIN_VISITS), String.valueOf(SurveyAnswers.MAX_VISITS)));
        }
        if (answers.comment() != null && answers.comment().length() > SurveyAnswers.MAX_COMMENT_LENGTH) {
            errors.put(SurveyAnswerField.COMMENT.property(), commentTooLong());
        }
        if (!errors.isEmpty()) {
            // Keyed by property: a score's key names its indicator, which no field enum can list.
            throw new InvalidInputException(errors);
        }
    }

    /** @throws InvalidInputException naming every refused field; nothing may be stored then */
    static void check(SupplementaryReview review) {
        Map<SupplementaryReviewField, String> errors = new LinkedHashMap<>();
        if (review.overall() == null) {
            errors.put(SupplementaryReviewField.OVERALL, Translations.current("satisfaction.error.overallNow"));
        }
        if (review.comment() == null || review.comment().isBlank()) {
            errors.put(SupplementaryReviewField.COMMENT, Translations.current("satisfaction.error.supplementMissing"));
        } else if (review.comment().length() > SurveyAnswers.MAX_COMMENT_LENGTH) {
            errors.put(SupplementaryReviewField.COMMENT, commentTooLong());
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    private static String commentTooLong() {
        return Translations.current("satisfaction.error.commentTooLong",
                String.valueOf(SurveyAnswers.MAX_COMMENT_LENGTH));
    }
}
