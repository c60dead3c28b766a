package org.onewindow.intake.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.CaseLookupField;
import org.onewindow.shared.i18n.Translations;

/**
 * The one check of a progress lookup before the pair is tried: both fields filled in. An empty field is a typing
 * slip, said field by field and not counted against the client; anything typed is tried, and a wrong or
 * overlong value is a wrong pair, so that nothing about case numbers can be learnt from the answer.
 */
final class CaseLookupValidator {

    private CaseLookupValidator() {
    }

    static Map<CaseLookupField, String> validate(CaseLookup lookup) {
        Map<CaseLookupField, String> errors = new LinkedHashMap<>();
        if (isBlank(lookup.caseNumber())) {
            errors.put(CaseLookupField.CASE_NUMBER, Translations.current("intake.lookup.enterCaseNumber"));
        }
        if (isBlank(lookup.lookupCode())) {
            errors.put(CaseLookupField.LOOKUP_CODE, Translations.current("intake.lookup.enterLookupCode"));
        }
        return errors;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
