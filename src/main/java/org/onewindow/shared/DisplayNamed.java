package org.onewindow.shared;

import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/** A signed-in principal that has a name to show in the header, kept in Chinese and English like every name. */
public interface DisplayNamed {

    /** The name in Chinese, never missing. */
    String displayName();

    /** The name in English; {@code null} or blank when the account has none. */
    String displayNameEn();

    /** The name in the reader's language: English readers get the English name when there is one, else the Chinese. */
    default String displayName(Locale locale) {
        String english = displayNameEn();
        boolean englishReader = locale != null && Translations.ENGLISH.equals(Translations.supported(locale));
        return englishReader && english != null && !english.isBlank() ? english : displayName();
    }
}
