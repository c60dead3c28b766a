package org.onewindow.shared.ui;

import java.util.Locale;

import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

/**
 * Makes the screen's language the language of every Vaadin request, so that module services answering a
 * screen (validation messages, for instance, through {@link Translations#current}) speak the reader's language
 * too. The language lives in the HTTP session: first the browser's, then what the {@link LanguageSwitch} chose.
 */
@Component
public class SessionLocale implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final String ATTRIBUTE = SessionLocale.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> remember(init.getSession().getSession(),
                init.getSession().getLocale()));
        event.addVaadinRequestInterceptor(this);
    }

    /** Switches the whole session, screens and services, to {@code locale}. */
    public static void choose(VaadinSession session, Locale locale) {
        session.setLocale(locale);
        remember(session.getSession(), locale);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        WrappedSession session = request.getWrappedSession(false);
        Locale chosen = session == null ? null : chosen(session);
        LocaleContextHolder.setLocale(chosen != null ? chosen : Translations.supported(request.getLocale()));
    }

    /** The session's language, once the session has one; {@code null} before. */
    static Locale chosen(WrappedSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Locale chosen ? chosen : null;
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
        // Nothing to add: the request ends as usual.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        LocaleContextHolder.resetLocaleContext();
    }

    private static void remember(WrappedSession session, Locale locale) {
        if (session != null) {
            session.setAttribute(ATTRIBUTE, Translations.supported(locale));
        }
    }
}
