package org.onewindow.shared.ui;

import java.util.Locale;

import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

/**
 * Tells the browser, and so its screen reader, which language a page is written in: {@code <html lang>} follows
 * the screen's language, or English is read out with a Chinese voice. The page is served with it, and every UI
 * sets it again when it starts; choosing another language reloads the page ({@link LanguageSwitch}), which starts
 * a new UI in the new language, so every page, staff or public, follows the switch without knowing of it.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::serve);
        event.getSource().addUIInitListener(init -> mark(init.getUI(), init.getUI().getLocale()));
    }

    /** Sets the page's {@code lang} to {@code locale} in the browser. */
    public static void mark(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", tag(locale));
    }

    /** The BCP 47 tag of the language OneWindow shows for {@code locale}: {@code zh-CN} or {@code en}. */
    public static String tag(Locale locale) {
        return Translations.supported(locale).toLanguageTag();
    }

    private void serve(IndexHtmlResponse response) {
        WrappedSession session = response.getVaadinRequest().getWrappedSession(false);
        Locale chosen = session == null ? null : SessionLocale.chosen(session);
        response.getDocument().selectFirst("html")
                .attr("lang", tag(chosen != null ? chosen : response.getVaadinRequest().getLocale()));
    }
}
