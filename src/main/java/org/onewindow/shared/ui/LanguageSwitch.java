package org.onewindow.shared.ui;

import java.util.Locale;
import java.util.function.Consumer;

import org.onewindow.shared.i18n.Translations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinSession;

/**
 * Chinese or English for the whole session, on staff screens and public pages alike. The first choice comes
 * from the browser's languages (Vaadin matches them against {@link Translations#LOCALES}); choosing here reloads
 * the page so that every component is built again in the new language.
 */
public class LanguageSwitch extends Select<Locale> {

    /** A switch for public pages, where nobody is signed in. */
    public LanguageSwitch() {
        this(locale -> {
        });
    }

    /** A switch that also tells {@code onChoice} what was chosen, e.g. to remember a staff member's choice. */
    public LanguageSwitch(Consumer<Locale> onChoice) {
        setId("language-switch");
        setItems(Translations.LOCALES);
        // Each language is named in itself, so that someone who cannot read the current one finds theirs.
        setItemLabelGenerator(LanguageSwitch::ownName);
        // ... and marked as written in it, so that a screen reader reads each option with its own voice.
        setRenderer(new ComponentRenderer<>(locale -> {
            Span option = new Span(ownName(locale));
            option.getElement().setAttribute("lang", PageLanguage.tag(locale));
            return option;
        }));
        setAriaLabel("Language / 语言");
        setWidth("8em");
        setValue(Translations
                .supported(VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                SessionLocale.choose(VaadinSession.getCurrent(), event.getValue());
                onChoice.accept(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private static String ownName(Locale locale) {
        return locale.getLanguage().equals("zh") ? "简体中文" : "English";
    }
}
