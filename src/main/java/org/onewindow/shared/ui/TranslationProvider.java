package org.onewindow.shared.ui;

import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Gives Vaadin's {@code getTranslation} the module bundles of {@link Translations}. A Spring bean in the
 * application; view tests without Spring name the class in the {@code vaadin.i18n.provider} property instead,
 * and get the same texts, as it keeps no state of its own.
 */
@Component
public class TranslationProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.text(locale, key, params);
    }
}
