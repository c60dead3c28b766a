package org.onewindow.satisfaction.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.satisfaction.SupplementaryReview;
import org.onewindow.satisfaction.SupplementaryReviewField;
import org.onewindow.satisfaction.SurveyAnswerField;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/**
 * The one check of a citizen's answers, whichever way they came (link, notice, kiosk, phone): every score and
 * the visits within range, the comment not too long; and of a supplementary review. Messages in the language of the request, the
 * questionnaire's.
 */
final class AnswerValidator {

    private AnswerValidator() {
    }

    /** @throws InvalidInputException naming every refused field; nothing may be stored then */
    static void check(SurveyAnswers answers) {
        Map<SurveyAnswerField, String> errors = new LinkedHashMap<>();
        if (answers.overall() == null) {
            errors.put(SurveyAnswerField.OVERALL, Translations.current("satisfaction.error.overall"));
        }
        score(errors, SurveyAnswerField.TIMELINESS, answers.timeliness());
        score(errors, SurveyAnswerField.ATTITUDE, answers.attitude());
        score(errors, SurveyAnswerField.TRANSPARENCY, answers.transparency());
        score(errors, SurveyAnswerField.CONVENIENCE, answers.convenience());
        score(errors, SurveyAnswerField.OUTCOME, answers.outcome());
        if (answers.visits() == null || answers.visits() < SurveyAnswers.MIN_VISITS
                || answers.visits() > SurveyAnswers.MAX_VISITS) {
            errors.put(SurveyAnswerField.VISITS, Translations.current("satisfaction.error.visits",
                    String.valueOf(SurveyAnswers.MIN_VISITS), String.valueOf(SurveyAnswers.MAX_VISITS)));
        }
        if (answers.comment() != null && answers.comment().length() > SurveyAnswers.MAX_COMMENT_LENGTH) {
            errors.put(SurveyAnswerField.COMMENT, commentTooLong());
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
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

    private static void score(Map<SurveyAnswerField, String> errors, SurveyAnswerField field, Integer value) {
        if (value == null || value < SurveyAnswers.MIN_SCORE || value > SurveyAnswers.MAX_SCORE) {
            errors.put(field, Translations.current("satisfaction.error.score", String.valueOf(SurveyAnswers.MIN_SCORE),
                    String.valueOf(SurveyAnswers.MAX_SCORE)));
        }
    }
}
