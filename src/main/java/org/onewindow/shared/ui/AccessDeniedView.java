package org.onewindow.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A screen the signed-in person's role does not open: said plainly, in their language, with a way back. */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout
        implements
            HasErrorParameter<AccessDeniedException>,
            HasDynamicTitle {

    public AccessDeniedView() {
        addClassName("error-view");
        H1 title = new H1(getTranslation("shared.error.denied.title"));
        title.setId("error-title");
        Anchor home = new Anchor("", getTranslation("shared.error.home"));
        home.setId("error-home");
        add(title, new Paragraph(getTranslation("shared.error.denied.text")), home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.error.denied.title");
    }
}
