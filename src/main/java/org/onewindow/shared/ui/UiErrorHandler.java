package org.onewindow.shared.ui;

import org.onewindow.shared.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Failures of a click or an edit on a screen. When the database cannot be reached the person is told, in their
 * language, that nothing was saved and to try again in a minute; the screen stays as it was, so nothing typed is
 * lost. Everything else goes to Vaadin's default handler (logged).
 */
@Component
class UiErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);
    private static final ErrorHandler DEFAULT = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !DatabaseUnavailable.causedBy(event.getThrowable())) {
            DEFAULT.error(event);
            return;
        }
        log.warn("A screen action failed: the database cannot be reached ({})", event.getThrowable().toString());
        Notices.error(ui.getTranslation(DatabaseUnavailable.MESSAGE_KEY)).setId("database-unavailable");
    }
}
