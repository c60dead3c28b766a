package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @ParameterizedTest
    // The example of GB 11643-1999 and numbers whose check characters were computed by hand.
    @ValueSource(strings = { "11010519491231002X", "110101199003074477", "440524198001010013", "11010519491231002x" })
    void acceptsNumbersWithTheRightCheckCharacter(String number) {
        assertThat(ResidentIdNumber.problem(number, TODAY)).isNull();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(ResidentIdNumber.problem("110105194912310021", TODAY)).contains("check character");
    }

    @Test
    void rejectsAnImpossibleBirthDate() {
        // 1949-02-30 does not exist; the check character is right for these 17 digits.
        String first17 = "11010519490230002";
        String number = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThat(ResidentIdNumber.problem(number, TODAY)).contains("birth date");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12345", "1101051949123100211", "11010519491231002Y", "A1010519491231002X" })
    void rejectsTheWrongFormat(String number) {
        assertThat(ResidentIdNumber.problem(number, TODAY)).contains("17 digits");
    }

    @Test
    void normalizesSpacesAndLowerCaseX() {
        assertThat(ResidentIdNumber.normalize(" 110105 19491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void aBirthDateAfterTheHallsTodayIsRefusedUntilThatDayComes() {
        // Born on 2026-06-02, one day after TODAY: refused today, accepted from that day on.
        String first17 = "11010520260602002";
        String number = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThat(ResidentIdNumber.problem(number, TODAY)).contains("birth date");
        assertThat(ResidentIdNumber.birthDateOf(number, TODAY)).isEmpty();
        assertThat(ResidentIdNumber.problem(number, TODAY.plusDays(1))).isNull();
        assertThat(ResidentIdNumber.birthDateOf(number, TODAY.plusDays(1))).contains(LocalDate.of(2026, 6, 2));
    }
}
