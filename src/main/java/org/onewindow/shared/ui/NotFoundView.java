package org.onewindow.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere, for citizens (a mistyped survey or progress link) and staff alike: said in the
 * reader's language, with a way on, instead of Vaadin's developer page.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassName("error-view");
        H1 title = new H1(getTranslation("shared.error.notFound.title"));
        title.setId("error-title");
        Anchor home = new Anchor("", getTranslation("shared.error.home"));
        home.setId("error-home");
        add(new LanguageSwitch(), title, new Paragraph(getTranslation("shared.error.notFound.text")), home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.error.notFound.title");
    }
}
