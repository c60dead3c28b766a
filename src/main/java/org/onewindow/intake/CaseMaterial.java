package org.onewindow.intake;

import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * A material of the case's service item, as the version the case was registered with names it, and whether the desk
 * received it. {@code name} is the Chinese name, the key a registration and a materials notice name it by.
 */
public record CaseMaterial(String name, boolean received, String nameEn) {

    /** A material named alike in both languages. */
    public CaseMaterial(String name, boolean received) {
        this(name, received, name);
    }

    /** The name in the reader's language. */
    public String name(Locale locale) {
        boolean english = locale != null && Translations.ENGLISH.equals(Translations.supported(locale));
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
