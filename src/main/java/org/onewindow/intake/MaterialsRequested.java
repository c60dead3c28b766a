package org.onewindow.intake;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * A one-time notice of missing materials was issued; the citizen is to be told what to bring, by when. The item and
 * the materials are named in Chinese ({@code serviceItemName}, {@code missing}) and in English, as the case's version
 * of the item names them, for the citizen's language.
 */
public record MaterialsRequested(String caseNumber, String serviceItemName, List<String> missing, Instant bringBy,
        String serviceItemNameEn, List<String> missingEn) {

    public MaterialsRequested {
        missing = List.copyOf(missing);
        missingEn = List.copyOf(missingEn);
    }

    /** Named alike in both languages. */
    public MaterialsRequested(String caseNumber, String serviceItemName, List<String> missing, Instant bringBy) {
        this(caseNumber, serviceItemName, missing, bringBy, serviceItemName, missing);
    }

    public String serviceItemName(Locale locale) {
        return english(locale) ? serviceItemNameEn : serviceItemName;
    }

    public List<String> missing(Locale locale) {
        return english(locale) ? missingEn : missing;
    }

    private static boolean english(Locale locale) {
        return locale != null && Translations.ENGLISH.equals(Translations.supported(locale));
    }
}
