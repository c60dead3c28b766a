package org.onewindow.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSetDraft;
import org.onewindow.satisfaction.IndicatorSetField;
import org.onewindow.shared.InvalidInputException;

/** A draft indicator set's refusals, at the limits the API names. */
class IndicatorSetValidatorTest {

    private static final Indicator EFFICIENCY = new Indicator("EFFICIENCY", "办事效率", "Processing efficiency");

    @Test
    void aSetAsksOneToTenIndicators() {
        assertThat(refusal(new IndicatorSetDraft(null, List.of()), IndicatorSetField.INDICATORS))
                .isEqualTo("A set asks from 1 to 10 indicators.");
        List<Indicator> eleven = IntStream.rangeClosed(1, IndicatorSetDraft.MAX_INDICATORS + 1)
                .mapToObj(i -> new Indicator("Q" + i, "问题" + i, "Question " + i)).toList();
        assertThat(refusal(new IndicatorSetDraft(null, eleven), IndicatorSetField.INDICATORS))
                .isEqualTo("A set asks from 1 to 10 indicators.");
        assertThatCode(() -> IndicatorSetValidator.check(new IndicatorSetDraft(null, eleven.subList(0, 10))))
                .doesNotThrowAnyException();
        assertThatCode(() -> IndicatorSetValidator.check(new IndicatorSetDraft(" ", List.of(EFFICIENCY))))
                .doesNotThrowAnyException();
    }

    @Test
    void codesAreCapitalsDigitsAndUnderscoresOnceEach() {
        assertThat(refusal(draft(EFFICIENCY, new Indicator("guide", "指南", "Guide")), IndicatorSetField.INDICATORS))
                .isEqualTo("Indicator 2: a code is capital letters A–Z, digits and _, at most 32 characters.");
        assertThat(refusal(draft(EFFICIENCY, new Indicator("X".repeat(Indicator.MAX_CODE_LENGTH + 1), "指南",
                "Guide")), IndicatorSetField.INDICATORS)).startsWith("Indicator 2: a code is");
        assertThat(refusal(draft(EFFICIENCY, new Indicator(" ", "指南", "Guide")), IndicatorSetField.INDICATORS))
                .isEqualTo("Indicator 2: enter a code.");
        assertThat(refusal(draft(EFFICIENCY, EFFICIENCY), IndicatorSetField.INDICATORS))
                .isEqualTo("Indicator 2: the code EFFICIENCY is used twice.");
        assertThatCode(() -> IndicatorSetValidator.check(draft(EFFICIENCY, new Indicator("GUIDE_2", "指南", "Guide"))))
                .doesNotThrowAnyException();
    }

    @Test
    void bothNamesAreRequiredAndShort() {
        assertThat(refusal(draft(new Indicator("A", "", "Guide")), IndicatorSetField.INDICATORS))
                .isEqualTo("Indicator 1: enter the Chinese and the English name.");
        assertThat(refusal(draft(new Indicator("A", "指南", null)), IndicatorSetField.INDICATORS))
                .isEqualTo("Indicator 1: enter the Chinese and the English name.");
        assertThat(refusal(draft(new Indicator("A", "指".repeat(Indicator.MAX_NAME_LENGTH + 1), "Guide")),
                IndicatorSetField.INDICATORS)).isEqualTo("Indicator 1: keep each name within 100 characters.");
        assertThatCode(() -> IndicatorSetValidator
                .check(draft(new Indicator("A", "指".repeat(Indicator.MAX_NAME_LENGTH), "Guide"))))
                .doesNotThrowAnyException();
    }

    @Test
    void theNoteIsShort() {
        assertThat(refusal(new IndicatorSetDraft("n".repeat(IndicatorSetDraft.MAX_NOTE_LENGTH + 1),
                List.of(EFFICIENCY)), IndicatorSetField.NOTE)).isEqualTo("Keep the note within 500 characters.");
    }

    @Test
    void storedValuesAreStripped() {
        assertThat(IndicatorSetValidator.normalised(new IndicatorSetDraft("  ",
                List.of(new Indicator(" EFFICIENCY ", " 办事效率", "Processing efficiency ")))))
                .isEqualTo(new IndicatorSetDraft(null, List.of(EFFICIENCY)));
    }

    private static IndicatorSetDraft draft(Indicator... indicators) {
        return new IndicatorSetDraft(null, List.of(indicators));
    }

    private static String refusal(IndicatorSetDraft draft, IndicatorSetField field) {
        try {
            IndicatorSetValidator.check(draft);
        } catch (InvalidInputException refused) {
            return refused.errorFor(field);
        }
        throw new AssertionError("not refused: " + draft);
    }
}
