package org.onewindow.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Where screens served outside Vaadin (Camunda's webapps) send a signed-in person whose role does not open them, so
 * that they read the same {@link AccessDeniedView} as for OneWindow's own screens instead of a bare error page.
 */
@Route(ScreenDeniedView.ROUTE)
@PermitAll
public class ScreenDeniedView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "screen-denied";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.rerouteToError(AccessDeniedException.class);
    }
}
