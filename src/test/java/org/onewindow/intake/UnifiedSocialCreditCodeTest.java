package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.UnifiedSocialCreditCode.Problem;

/** Checked against the standard's own example and codes printed on well-known companies' business licences. */
class UnifiedSocialCreditCodeTest {

    @Test
    void publishedCodesAreValid() {
        // The example of GB 32100-2015.
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y43")).isNull();
        // Huawei Technologies Co., Ltd. and Shenzhen Tencent Computer Systems Co., Ltd. (business licences).
        assertThat(UnifiedSocialCreditCode.problem("914403001922038216")).isNull();
        assertThat(UnifiedSocialCreditCode.problem("91440300708461136T")).isNull();
        // Beijing Baidu Netcom Science and Technology Co., Ltd.
        assertThat(UnifiedSocialCreditCode.problem("91110000802100433B")).isNull();
    }

    @Test
    void copiedCodesAreNormalized() {
        assertThat(UnifiedSocialCreditCode.isValid(" 91440300-708461136t ")).isTrue();
        assertThat(UnifiedSocialCreditCode.regionCode("914403001922038216")).isEqualTo("440300");
    }

    @Test
    void aTypingErrorIsCaughtByTheCheckCharacter() {
        assertThat(UnifiedSocialCreditCode.problem("914403001922038217")).isEqualTo(Problem.CHECK_CHARACTER);
        // Two neighbouring characters swapped.
        assertThat(UnifiedSocialCreditCode.problem("914403001922083216")).isEqualTo(Problem.CHECK_CHARACTER);
    }

    @Test
    void wrongLengthOrForbiddenCharactersAreFormatErrors() {
        assertThat(UnifiedSocialCreditCode.problem("91440300192203821")).isEqualTo(Problem.FORMAT);
        assertThat(UnifiedSocialCreditCode.problem("9144030019220382166")).isEqualTo(Problem.FORMAT);
        // I, O, Z, S and V are not used, as they look like 1, 0, 2, 5 and U.
        assertThat(UnifiedSocialCreditCode.problem("91440300I92203821O")).isEqualTo(Problem.FORMAT);
        // The region part must be digits.
        assertThat(UnifiedSocialCreditCode.problem("9144A3001922038216")).isEqualTo(Problem.FORMAT);
        assertThat(UnifiedSocialCreditCode.problem(null)).isEqualTo(Problem.FORMAT);
    }
}
