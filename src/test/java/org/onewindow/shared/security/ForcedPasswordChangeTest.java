package org.onewindow.shared.security;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.ui.HomeView;
import org.onewindow.shared.ui.LoginView;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;

/** Someone who must change their password is forwarded to the change-password view from every other view. */
class ForcedPasswordChangeTest {

    private final ForcedPasswordChange forced = new ForcedPasswordChange();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void forwardsEveryOtherViewWhileThePasswordMustBeChanged() {
        signIn(PasswordChangeRequired.AUTHORITY, "ROLE_ADMIN");
        BeforeEnterEvent home = event("", HomeView.class);
        forced.beforeEnter(home);
        verify(home).forwardTo(PasswordChangeRequired.ROUTE);

        BeforeEnterEvent change = event(PasswordChangeRequired.ROUTE, HomeView.class);
        forced.beforeEnter(change);
        verify(change, never()).forwardTo(anyString());

        BeforeEnterEvent login = event("login", LoginView.class);
        forced.beforeEnter(login);
        verify(login, never()).forwardTo(anyString());
    }

    @Test
    void letsEveryoneElseGoWhereTheyWant() {
        signIn("ROLE_ADMIN");
        BeforeEnterEvent home = event("", HomeView.class);
        forced.beforeEnter(home);
        verify(home, never()).forwardTo(anyString());
    }

    private static void signIn(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList()));
    }

    private static BeforeEnterEvent event(String path, Class<?> target) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location(path));
        when(event.getNavigationTarget()).thenAnswer(call -> target);
        return event;
    }
}
