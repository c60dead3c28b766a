package org.onewindow.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.CaseLookupField;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

/** An empty field is the only thing the progress lookup refuses field by field; the rest is tried as a pair. */
class CaseLookupValidatorTest {

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void eachEmptyFieldIsNamedInTheReadersLanguage() {
        assertThat(CaseLookupValidator.validate(new CaseLookup(" ", null))).containsExactly(
                Map.entry(CaseLookupField.CASE_NUMBER, "Enter the case number from your acceptance receipt."),
                Map.entry(CaseLookupField.LOOKUP_CODE, "Enter the lookup code from your acceptance receipt."));
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThat(CaseLookupValidator.validate(new CaseLookup("OW-20261128-00042", "")))
                .containsExactly(Map.entry(CaseLookupField.LOOKUP_CODE, "请输入受理回执上的查询码。"));
    }

    @Test
    void anythingTypedIsLeftToThePairCheckHoweverLong() {
        // A long or odd value is a wrong pair, counted against the client, not a field error that would tell
        // the client what a case number looks like.
        assertThat(CaseLookupValidator.validate(new CaseLookup("x".repeat(200), "'; drop table intake_case; --")))
                .isEmpty();
    }
}
