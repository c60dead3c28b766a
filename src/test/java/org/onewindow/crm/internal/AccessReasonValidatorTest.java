package org.onewindow.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.crm.AccessReason;
import org.onewindow.crm.AccessReasonField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/** The reason the audit log keeps: required or not as the service says, never blank, never longer than the limit. */
class AccessReasonValidatorTest {

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRequiredReasonMustSaySomething() {
        for (AccessReason blank : new AccessReason[] { null, AccessReason.NONE, new AccessReason(""),
                new AccessReason(" \t ") }) {
            assertThatThrownBy(() -> AccessReasonValidator.check(blank, true)).as(String.valueOf(blank))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                            .containsOnlyKeys("reason").containsEntry("reason",
                                    "Say why you open this file: you have no open case of this applicant."));
        }
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThatThrownBy(() -> AccessReasonValidator.check(AccessReason.NONE, true))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                        refused.errorFor(AccessReasonField.REASON)).isEqualTo("您没有该申请人的在办办件，请说明查阅档案的理由。"));
    }

    @Test
    void anOptionalReasonMayBeLeftOutAndIsKeptWhenGiven() {
        assertThat(AccessReasonValidator.check(AccessReason.NONE, false)).isNull();
        assertThat(AccessReasonValidator.check(new AccessReason("  "), false)).isNull();
        assertThat(AccessReasonValidator.check(new AccessReason(" Citizen at window 3 \n"), false))
                .isEqualTo("Citizen at window 3");
    }

    @Test
    void theLimitCountsTheReasonWithoutSurroundingBlanks() {
        String longest = "x".repeat(AccessReason.MAX_REASON_LENGTH);
        assertThat(AccessReasonValidator.check(new AccessReason("  " + longest + "  "), true)).isEqualTo(longest);
        for (boolean required : new boolean[] { true, false }) {
            assertThatThrownBy(() -> AccessReasonValidator.check(new AccessReason(longest + "x"), required))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                            refused.errorFor(AccessReasonField.REASON))
                            .isEqualTo("Keep the reason to 500 characters."));
        }
    }
}
