package org.onewindow.shared.security;

import org.onewindow.shared.ui.LoginView;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A person who must change their password reaches only the change-password view: every other view of every UI
 * forwards there until the password is changed. The sign-in page stays open, so that signing out and in again
 * works.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        if (!PasswordChangeRequired.appliesTo(SecurityContextHolder.getContext().getAuthentication())) {
            return;
        }
        String path = event.getLocation().getPath();
        if (PasswordChangeRequired.ROUTE.equals(path) || LoginView.class.equals(event.getNavigationTarget())) {
            return;
        }
        event.forwardTo(PasswordChangeRequired.ROUTE);
    }
}
