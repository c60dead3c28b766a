package org.onewindow.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.AppealDecision;
import org.onewindow.satisfaction.AppealDecisionField;
import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.RectificationMeasures;
import org.onewindow.satisfaction.RectificationMeasuresField;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.satisfaction.Verification;
import org.onewindow.satisfaction.VerificationField;
import org.onewindow.shared.InvalidInputException;

/** The rectification forms' refusals, field by field, at the lengths their records name. */
class RectificationValidatorTest {

    @Test
    void anAppealNeedsItsReasonsAndItsGround() {
        assertThatThrownBy(() -> RectificationValidator.check(new Verification(Verdict.APPEALED, " ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("note", "appealGround");
                    assertThat(e.errorFor(VerificationField.APPEAL_GROUND)).isNotBlank();
                });
        assertThatThrownBy(() -> RectificationValidator.check(new Verification(null, "Called.", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("verdict"));
        assertThatCode(
                () -> RectificationValidator.check(new Verification(Verdict.APPEALED, "He wanted to skip the queue.",
                        AppealGround.MALICIOUS)))
                .doesNotThrowAnyException();
    }

    @Test
    void notesAndMeasuresHaveTheirLengths() {
        assertThatThrownBy(() -> RectificationValidator.check(new Verification(Verdict.JUSTIFIED,
                "x".repeat(Verification.MAX_NOTE_LENGTH + 1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errorFor(VerificationField.NOTE))
                        .contains(String.valueOf(Verification.MAX_NOTE_LENGTH)));
        assertThatThrownBy(() -> RectificationValidator.check(new RectificationMeasures(
                "x".repeat(RectificationMeasures.MAX_MEASURES_LENGTH + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errorFor(RectificationMeasuresField.MEASURES)).contains("2000"));
        assertThatCode(() -> RectificationValidator.check(new RectificationMeasures(
                "x".repeat(RectificationMeasures.MAX_MEASURES_LENGTH)))).doesNotThrowAnyException();
    }

    @Test
    void anAppealDecisionIsExplainedEitherWay() {
        for (boolean upheld : new boolean[] { true, false }) {
            assertThatThrownBy(() -> RectificationValidator.check(new AppealDecision(""), upheld))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errorFor(AppealDecisionField.DECISION_NOTE)).isNotBlank());
            assertThatCode(() -> RectificationValidator.check(new AppealDecision("The recording shows it."), upheld))
                    .doesNotThrowAnyException();
        }
    }
}
