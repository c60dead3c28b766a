package org.onewindow.shared.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * Chinese or English for the whole session. The first choice comes from the browser's languages (Vaadin
 * matches them against the bundles in {@code vaadin-i18n/}); choosing here reloads the page so that every
 * component is built again in the new language.
 */
class LanguageSwitch extends Select<Locale> {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    LanguageSwitch() {
        setId("language-switch");
        setItems(List.of(CHINESE, ENGLISH));
        // Each language is named in itself, so that someone who cannot read the current one finds theirs.
        setItemLabelGenerator(locale -> locale.getLanguage().equals("zh") ? "简体中文" : "English");
        setAriaLabel("Language / 语言");
        setWidth("8em");
        Locale current = VaadinSession.getCurrent() == null ? ENGLISH : VaadinSession.getCurrent().getLocale();
        setValue(current != null && current.getLanguage().equals("zh") ? CHINESE : ENGLISH);
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
