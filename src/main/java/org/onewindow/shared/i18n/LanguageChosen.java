package org.onewindow.shared.i18n;

import java.util.Locale;

/** A signed-in staff member chose the language of their screens; the directory keeps it for their e-mails. */
public record LanguageChosen(String username, Locale language) {
}
