package org.onewindow.intake;

import java.util.Locale;

import org.onewindow.shared.IdNumbers;
import org.onewindow.shared.i18n.Translations;

/**
 * A registered applicant (a person, for now), as the window may see them without revealing the mobile.
 *
 * @param maskedMobile e.g. {@code 138****8000}; {@code null} when none is on record
 * @param language the language they want messages in (Simplified Chinese unless they chose English)
 */
public record Citizen(long id, String name, IdType idType, String idNumber, String maskedMobile, Locale language) {

    public Citizen {
        language = language == null ? Translations.CHINESE : Translations.supported(language);
    }

    /** A citizen who did not choose a language: Simplified Chinese, the hall's own. */
    public Citizen(long id, String name, IdType idType, String idNumber, String maskedMobile) {
        this(id, name, idType, idNumber, maskedMobile, Translations.CHINESE);
    }

    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }
}
