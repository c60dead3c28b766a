package org.onewindow.reporting.internal;

import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * The service item's name in a report's language: a case keeps its item's Chinese and English names (intake-016), so
 * a report picks the column instead of translating; cases whose item had no English name fall back to the Chinese.
 */
final class ItemNames {

    private ItemNames() {
    }

    /** The SQL expression naming the item of the case aliased {@code alias} in {@code locale}'s language. */
    static String column(String alias, Locale locale) {
        return Translations.ENGLISH.equals(Translations.supported(locale))
                ? "coalesce(" + alias + ".service_item_name_en, " + alias + ".service_item_name)"
                : alias + ".service_item_name";
    }
}
