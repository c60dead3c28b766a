package org.onewindow.catalog;

import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * One material a citizen brings for a service item, named in both languages.
 *
 * @param required whether the case cannot be accepted without it (else it is brought only where it applies)
 * @param original whether the original is shown (else a copy is handed in)
 * @param copies how many are handed in, at least 1
 */
public record MaterialRequirement(String nameZh, String nameEn, boolean required, boolean original, int copies) {

    /** The longest name in either language (the column's width). */
    public static final int MAX_NAME_LENGTH = 200;
    /** The most copies a hall asks for. */
    public static final int MAX_COPIES = 20;

    /** A required copy, named alike in both languages: as materials were before they had two names. */
    public static MaterialRequirement copy(String nameZh, String nameEn) {
        return new MaterialRequirement(nameZh, nameEn, true, false, 1);
    }

    /** The name in the reader's language: Chinese unless the reader reads English and an English name is known. */
    public String name(Locale locale) {
        return ServiceItem.inLanguage(locale, nameZh, nameEn);
    }

    static boolean english(Locale locale) {
        return locale != null && Translations.ENGLISH.equals(Translations.supported(locale));
    }
}
