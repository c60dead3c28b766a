package org.onewindow.directory;

import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * A department of the hall, identified by its code (also the Camunda candidate group of its tasks), with its name in
 * Chinese and English. An inactive department takes no new work and is offered in no picker, but the cases and
 * reports that name it still show its name.
 */
public record Department(String code, String nameZh, String nameEn, boolean active) {

    /** The name in the reader's language: Chinese for Chinese readers (and when no locale or no English name is known). */
    public String name(Locale locale) {
        boolean english = locale != null && Translations.ENGLISH.equals(Translations.supported(locale));
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
