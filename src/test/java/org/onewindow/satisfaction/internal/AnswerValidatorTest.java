package org.onewindow.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetState;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SupplementaryReview;
import org.onewindow.satisfaction.SupplementaryReviewField;
import org.onewindow.satisfaction.SurveyAnswerField;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.shared.InvalidInputException;

/** The questionnaire's and the supplementary review's refusals, field by field, at the limits the API names. */
class AnswerValidatorTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final IndicatorSet ONLINE_V2 = new IndicatorSet(12, EvaluationChannel.ONLINE, 2,
            IndicatorSetState.PUBLISHED, null,
            List.of(new Indicator("EFFICIENCY", "办事效率", "Processing efficiency"),
                    new Indicator("USABILITY", "平台操作性", "Ease of use")),
            AT, "admin", AT, "admin");
    private static final IndicatorSet ONLINE_V1_RETIRED = new IndicatorSet(3, EvaluationChannel.ONLINE, 1,
            IndicatorSetState.RETIRED, null, List.of(new Indicator("TIMELINESS", "办理时效", "Timeliness")), AT,
            "system", AT, "system");
    private static final IndicatorSet ONLINE_V3_DRAFT = new IndicatorSet(13, EvaluationChannel.ONLINE, 3,
            IndicatorSetState.DRAFT, null, ONLINE_V2.indicators(), AT, "admin", null, null);

    @Test
    void everyMissingOrOutOfRangeAnswerIsNamed() {
        SurveyAnswers answers = new SurveyAnswers(null, Map.of("EFFICIENCY", 0), 12L, SurveyAnswers.MAX_VISITS + 1,
                "x".repeat(SurveyAnswers.MAX_COMMENT_LENGTH + 1));
        assertThatThrownBy(() -> AnswerValidator.check(answers, EvaluationChannel.ONLINE, Optional.of(ONLINE_V2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("overall", "scores.EFFICIENCY", "scores.USABILITY",
                            "visits", "comment");
                    assertThat(e.fieldErrors().get(SurveyAnswers.scoreProperty("EFFICIENCY")))
                            .isEqualTo("Give a score from 1 to 5.");
                    assertThat(e.fieldErrors().get("scores.USABILITY")).isEqualTo("Give a score from 1 to 5.");
                    assertThat(e.errorFor(SurveyAnswerField.VISITS))
                            .isEqualTo("Say how many times you came to the hall for this (1 to 20).");
                    assertThat(e.errorFor(SurveyAnswerField.COMMENT))
                            .isEqualTo("The comment is too long (at most 1000 characters).");
                });
        assertThatCode(() -> AnswerValidator.check(
                SurveyAnswers.of(ONLINE_V2, Rating.SATISFIED,
                        Map.of("EFFICIENCY", SurveyAnswers.MIN_SCORE, "USABILITY", SurveyAnswers.MAX_SCORE),
                        SurveyAnswers.MIN_VISITS, null),
                EvaluationChannel.ONLINE, Optional.of(ONLINE_V2))).doesNotThrowAnyException();
    }

    @Test
    void anIndicatorTheSetDoesNotAskIsRefused() {
        SurveyAnswers answers = SurveyAnswers.of(ONLINE_V2, Rating.SATISFIED,
                Map.of("EFFICIENCY", 4, "USABILITY", 4, "TIMELINESS", 5, "OUTCOME", 3), 1, null);
        assertThatThrownBy(() -> AnswerValidator.check(answers, EvaluationChannel.ONLINE, Optional.of(ONLINE_V2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(Map.entry("scores", "The questionnaire has no indicator OUTCOME, TIMELINESS.")));
    }

    @Test
    void theSetMustBeAPublishedOneOfTheAnswersChannel() {
        SurveyAnswers answers = SurveyAnswers.of(ONLINE_V2, Rating.SATISFIED,
                Map.of("EFFICIENCY", 4, "USABILITY", 4), 1, null);
        String wrong = "This questionnaire is not one of this channel's published versions. Open the survey again.";
        assertThatThrownBy(() -> AnswerValidator.check(answers, EvaluationChannel.SMS, Optional.of(ONLINE_V2)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorFor(SurveyAnswerField.INDICATOR_SET_ID)).isEqualTo(wrong));
        assertThatThrownBy(() -> AnswerValidator.check(answers, EvaluationChannel.ONLINE, Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("indicatorSetId"));
        assertThatThrownBy(() -> AnswerValidator.check(answers, EvaluationChannel.ONLINE,
                Optional.of(ONLINE_V3_DRAFT))).isInstanceOf(InvalidInputException.class);
        // A questionnaire opened on version 1 just before version 2 was published is still taken, as version 1.
        assertThatCode(() -> AnswerValidator.check(
                SurveyAnswers.of(ONLINE_V1_RETIRED, Rating.SATISFIED, Map.of("TIMELINESS", 4), 1, null),
                EvaluationChannel.ONLINE, Optional.of(ONLINE_V1_RETIRED))).doesNotThrowAnyException();
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
