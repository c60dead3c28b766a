package org.onewindow.intake;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * A one-time notice (一次性告知): everything missing from a case, told to the citizen at once and in writing.
 *
 * @param bringBy the citizen must bring the materials by then, or the case is withdrawn
 * @param resolvedAt when the front desk recorded the materials; {@code null} while the case waits
 * @param serviceItemName the item's Chinese name; {@code serviceItemNameEn} its English one, as the case's version
 *     names it
 * @param missing the missing materials' Chinese names (the keys the notice keeps); {@code missingEn} the same in
 *     English, in the same order
 */
public record MaterialsNotice(long id, String caseNumber, String serviceItemName, String citizenName,
        String stepName, List<String> missing, String note, String issuedBy, Instant issuedAt, Instant bringBy,
        Instant resolvedAt, String serviceItemNameEn, List<String> missingEn) {

    public MaterialsNotice {
        missing = List.copyOf(missing);
        missingEn = List.copyOf(missingEn);
    }

    /** A notice whose item and materials are named alike in both languages, as tests build it. */
    public MaterialsNotice(long id, String caseNumber, String serviceItemName, String citizenName, String stepName,
            List<String> missing, String note, String issuedBy, Instant issuedAt, Instant bringBy,
            Instant resolvedAt) {
        this(id, caseNumber, serviceItemName, citizenName, stepName, missing, note, issuedBy, issuedAt, bringBy,
                resolvedAt, serviceItemName, missing);
    }

    /** The item's name in the reader's language. */
    public String serviceItemName(Locale locale) {
        return english(locale) && serviceItemNameEn != null && !serviceItemNameEn.isBlank() ? serviceItemNameEn
                : serviceItemName;
    }

    /** The missing materials in the reader's language. */
    public List<String> missing(Locale locale) {
        return english(locale) ? missingEn : missing;
    }

    private static boolean english(Locale locale) {
        return locale != null && Translations.ENGLISH.equals(Translations.supported(locale));
    }
}
