package org.onewindow.shared.ui;

import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Gives Vaadin's {@code getTranslation} the module bundles of {@link Translations}. A Spring bean in the
 * application; view tests without Spring name the class in the {@code vaadin.i18n.provider} property instead,
 * which is why it also has a constructor of its own.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private final transient Translations translations;

    public TranslationProvider() {
        this(new Translations());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public TranslationProvider(Translations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.text(locale, key, params);
    }
}
