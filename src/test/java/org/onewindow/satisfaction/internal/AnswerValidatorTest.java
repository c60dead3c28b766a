package org.onewindow.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SupplementaryReview;
import org.onewindow.satisfaction.SupplementaryReviewField;
import org.onewindow.satisfaction.SurveyAnswerField;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.shared.InvalidInputException;

/** The questionnaire's and the supplementary review's refusals, field by field, at the limits the API names. */
class AnswerValidatorTest {

    @Test
    void everyMissingOrOutOfRangeAnswerIsNamed() {
        assertThatThrownBy(() -> AnswerValidator.check(new SurveyAnswers(null, 0, null, 6, 3, 3,
                SurveyAnswers.MAX_VISITS + 1, "x".repeat(SurveyAnswers.MAX_COMMENT_LENGTH + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("overall", "timeliness", "attitude", "transparency",
                            "visits", "comment");
                    assertThat(e.errorFor(SurveyAnswerField.TIMELINESS)).isEqualTo("Give a score from 1 to 5.");
                    assertThat(e.errorFor(SurveyAnswerField.VISITS))
                            .isEqualTo("Say how many times you came to the hall for this (1 to 20).");
                    assertThat(e.errorFor(SurveyAnswerField.COMMENT))
                            .isEqualTo("The comment is too long (at most 1000 characters).");
                });
        assertThatCode(() -> AnswerValidator.check(new SurveyAnswers(Rating.SATISFIED, SurveyAnswers.MIN_SCORE, 2, 3, 4,
                SurveyAnswers.MAX_SCORE, SurveyAnswers.MIN_VISITS, null))).doesNotThrowAnyException();
    }

    @Test
    void aSupplementaryReviewSaysHowSatisfiedNowAndWhatIsAdded() {
        assertThatThrownBy(() -> AnswerValidator.check(new SupplementaryReview(null, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorFor(SupplementaryReviewField.OVERALL))
                            .isEqualTo("Choose how satisfied you are now.");
                    assertThat(e.errorFor(SupplementaryReviewField.COMMENT)).isEqualTo("Tell us what you want to add.");
                });
        assertThatCode(() -> AnswerValidator.check(new SupplementaryReview(Rating.DISSATISFIED, "It broke again.")))
                .doesNotThrowAnyException();
    }
}
