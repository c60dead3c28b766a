package org.onewindow.shared.security;

import org.springframework.security.core.Authentication;

/**
 * A signed-in person whose account must choose a new password first (a temporary password set by an
 * administrator, or the first administrator's one-time setup code) carries the authority {@link #AUTHORITY}, given
 * by the staff account's user details at sign-in. On screen they reach only the change-password view at
 * {@link #ROUTE} ({@link ForcedPasswordChange}); the JSON APIs answer them with a 403 problem
 * ({@code shared.web.PasswordChangeRequiredFilter}). Changing the password takes the authority away.
 */
public final class PasswordChangeRequired {

    /** Not a role: {@code CurrentStaff} reads only {@code ROLE_} and {@code DEPT_} authorities. */
    public static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

    /** The change-password view's route, also reachable from the user menu for everyone. */
    public static final String ROUTE = "account/password";

    /** Why an API call was refused, in the caller's language. */
    public static final String MESSAGE_KEY = "shared.passwordChangeRequired";

    private PasswordChangeRequired() {
    }

    public static boolean appliesTo(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities()
                .stream().anyMatch(authority -> AUTHORITY.equals(authority.getAuthority()));
    }
}
