package org.onewindow.support;

import java.util.concurrent.Callable;

import org.onewindow.shared.AppRoles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs code as a demo staff member, with the authorities their account really has. */
@Component
public class Staff {

    /**
     * A catalog editor (事项管理员) of the hall office and nothing more, not a system administrator: no demo account
     * holds this role alone. Run as it with {@link #as(UserDetails, Callable)}.
     */
    public static final UserDetails CATALOG_EDITOR = User.withUsername("catalog.editor").password("unused")
            .roles(AppRoles.CATALOG_EDITOR).build();

    private final UserDetailsService users;

    public Staff(UserDetailsService users) {
        this.users = users;
    }

    public UserDetails details(String username) {
        return users.loadUserByUsername(username);
    }

    public <T> T as(String username, Callable<T> action) {
        return as(details(username), action);
    }

    /** Runs as an account already loaded, e.g. by a caller that keeps accounts as a signed-in session does. */
    public <T> T as(UserDetails user, Callable<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
