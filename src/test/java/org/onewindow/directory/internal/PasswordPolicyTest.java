package org.onewindow.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.internal.PasswordPolicy.Refusal;
import org.onewindow.shared.i18n.Translations;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPasswordWithoutTheName() {
        assertThat(policy.check("amr.worker", "Lotus pond at dawn 7")).isEmpty();
        assertThat(policy.check("amr.worker", "荷塘月色清晨七点钟荷塘月色")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(policy.check("amr.worker", "Short1!xyzw")).contains(Refusal.TOO_SHORT);
        assertThat(policy.check("amr.worker", "Short1!xyzwq")).isEmpty();
    }

    @Test
    void refusesMoreThanBcryptReads() {
        assertThat(policy.check("amr.worker", "x".repeat(65))).contains(Refusal.TOO_LONG);
        // 25 Chinese characters are 75 bytes, more than BCrypt's 72.
        assertThat(policy.check("amr.worker", "荷".repeat(25))).contains(Refusal.TOO_LONG);
    }

    @Test
    void refusesTheUserNameInAnyCase() {
        assertThat(policy.check("amr.worker", "AMR.Worker2026!")).contains(Refusal.CONTAINS_USERNAME);
        assertThat(policy.check("amr.worker", "amr.worker")).contains(Refusal.TOO_SHORT);
        assertThat(policy.check("Zhang.Wei", "my zhang.wei secret")).contains(Refusal.CONTAINS_USERNAME);
        // A name of two letters is refused only as the whole password.
        assertThat(policy.check("li", "a little light")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsRegardlessOfCase() {
        assertThat(policy.check("amr.worker", "123456789abc")).contains(Refusal.COMMON);
        assertThat(policy.check("amr.worker", "WoAiNi1314520")).contains(Refusal.COMMON);
        assertThat(policy.check("amr.worker", "qwertyuiop123")).contains(Refusal.COMMON);
        assertThat(policy.check("amr.worker", "1qaz2wsx3edc")).contains(Refusal.COMMON);
        assertThat(policy.check("amr.worker", "111111111111")).contains(Refusal.COMMON);
        assertThat(policy.check("amr.worker", "Password1234")).contains(Refusal.COMMON);
        assertThat(policy.commonCount()).isGreaterThan(300);
    }

    @Test
    void eachRefusalHasItsOwnMessageInBothLanguages() {
        for (Refusal refusal : Refusal.values()) {
            String english = Translations.text(Translations.ENGLISH, refusal.messageKey(), 12, 64);
            String chinese = Translations.text(Translations.CHINESE, refusal.messageKey(), 12, 64);
            assertThat(english).isNotEqualTo(refusal.messageKey()).isNotEqualTo(chinese);
        }
        assertThat(Translations.text(Translations.ENGLISH, Refusal.TOO_SHORT.messageKey(), 12, 64))
                .isEqualTo("The password must be at least 12 characters long.");
        assertThat(Translations.text(Translations.CHINESE, Refusal.TOO_SHORT.messageKey(), 12, 64))
                .isEqualTo("密码长度至少为 12 个字符。");
    }
}
