package org.onewindow.shared.ui;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.shared.DatabaseUnavailable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A screen that could not be opened because no database connection came within the pool's timeout (the
 * connection pool's exception is somewhere in the cause chain, where Vaadin looks for error views): the reader
 * is told to try again in a minute, instead of Vaadin's internal error page with the pool's message.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends VerticalLayout
        implements
            HasErrorParameter<SQLTransientConnectionException>,
            HasDynamicTitle {

    public DatabaseUnavailableView() {
        addClassName("error-view");
        H1 title = new H1(getTranslation("shared.error.databaseUnavailable.title"));
        title.setId("error-title");
        Paragraph text = new Paragraph(getTranslation(DatabaseUnavailable.MESSAGE_KEY));
        text.setId("error-text");
        Anchor again = new Anchor("", getTranslation("shared.error.home"));
        again.setId("error-home");
        add(title, text, again);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.error.databaseUnavailable.title");
    }
}
