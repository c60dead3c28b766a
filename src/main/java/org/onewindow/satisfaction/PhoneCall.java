package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * A citizen to call for the follow-up: the number in full, since calling is the follow-up staff's work.
 *
 * @param serviceItemName the item's Chinese name, as the invitation copied it from the case
 * @param serviceItemNameEn the item's English name, as the invitation copied it
 */
public record PhoneCall(String caseNumber, String serviceItemName, String citizenName, String mobile, Instant closedAt,
        int attempts, String serviceItemNameEn) {

    /** The item's name in the caller's language; the Chinese one when the invitation kept no English one. */
    public String serviceItemName(Locale language) {
        boolean english = language != null && Translations.ENGLISH.equals(Translations.supported(language));
        return english && serviceItemNameEn != null && !serviceItemNameEn.isBlank() ? serviceItemNameEn
                : serviceItemName;
    }
}
