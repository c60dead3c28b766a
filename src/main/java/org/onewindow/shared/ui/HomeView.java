package org.onewindow.shared.ui;

import org.onewindow.shared.AppRoles;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * {@code /}: sends each staff member to where their day starts. Asking the roles here is navigation, not a
 * permission: each screen it forwards to is guarded by its own {@code @RolesAllowed} (PermissionRulesTest allows
 * this class alone among the screens to ask).
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(startRoute());
    }

    private String startRoute() {
        if (authentication.hasRole(AppRoles.FRONT_DESK)) {
            return "intake";
        }
        if (authentication.hasAnyRole(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD)) {
            return "tasks/queue";
        }
        if (authentication.hasAnyRole(AppRoles.MANAGER, AppRoles.ADMIN)) {
            return "cases";
        }
        return "tasks/mine";
    }
}
