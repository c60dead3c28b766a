package org.onewindow.shared.ui;

import java.util.Locale;

import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.i18n.Translations;

import com.vaadin.flow.component.UI;

/** Numbers and percentages in the language of the screen being drawn (see {@link LocaleFormats}). */
public final class UiFormats {

    private UiFormats() {
    }

    /** The current screen's language, one of {@link Translations#LOCALES}. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return Translations.supported(ui == null ? null : ui.getLocale());
    }

    public static String integer(long value) {
        return LocaleFormats.integer(value, locale());
    }

    public static String decimal(Double value, int digits) {
        return LocaleFormats.decimal(value, digits, locale());
    }

    public static String percent(Double share, int digits) {
        return LocaleFormats.percent(share, digits, locale());
    }
}
