package org.onewindow.intake;

import java.util.Locale;

import org.onewindow.shared.IdNumbers;
import org.onewindow.shared.i18n.Translations;

/**
 * A registered applicant (a person, for now).
 *
 * @param language the language they want messages in (Simplified Chinese unless they chose English)
 */
public record Citizen(long id, String name, IdType idType, String idNumber, String mobile, Locale language) {

    public Citizen {
        language = language == null ? Translations.CHINESE : Translations.supported(language);
    }

    /** A citizen who did not choose a language: Simplified Chinese, the hall's own. */
    public Citizen(long id, String name, IdType idType, String idNumber, String mobile) {
        this(id, name, idType, idNumber, mobile, Translations.CHINESE);
    }

    public String maskedIdNumber() {
        return IdNumbers.mask(idNumber);
    }
}
