package org.onewindow.directory.internal;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way staff sign in with a password, through the login form and HTTP Basic alike: Spring Security uses
 * this provider instead of its default one because it is the only {@code AuthenticationProvider} bean. A locked
 * name or address is refused before the password is checked; every attempt is recorded. A deactivated account is
 * refused ({@code DisabledException}) after its password was checked.
 * <p>
 * The client address is the request's remote address, as for the progress lookup's limit: behind the reverse
 * proxy it is the forwarded one only when {@code server.forward-headers-strategy} is set.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLimiter limiter;

    ThrottledAuthenticationProvider(StaffUserDetailsService staff, PasswordEncoder passwordEncoder,
            SignInLimiter limiter) {
        this.passwords = new DaoAuthenticationProvider(passwordEncoder);
        this.passwords.setUserDetailsService(staff);
        // A deactivated account is told so only after its password was right: the words "deactivated" must not
        // tell a stranger which names are accounts.
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.limiter = limiter;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = truncate(authentication.getName(), SignInStore.MAX_NAME);
        String clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? truncate(web.getRemoteAddress(), SignInStore.MAX_ADDRESS)
                        : "unknown";
        insideTheServer(() -> limiter.refuseIfLocked(username, clientAddress));
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            // The account could not be read (database down): no attempt was judged, none is counted.
            throw e;
        } catch (AuthenticationException e) {
            insideTheServer(() -> limiter.failed(username, clientAddress));
            throw e;
        }
        insideTheServer(() -> limiter.succeeded(username, clientAddress));
        return signedIn;
    }

    /**
     * The limit's reads and writes fail as the account's own read does when the database cannot be reached: as an
     * {@link InternalAuthenticationServiceException}, which the login form and the API answer with "try again in a
     * minute" (not a 500, and never "wrong password").
     */
    private static void insideTheServer(Runnable step) {
        try {
            step.run();
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("The sign-in limit could not be checked", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String truncate(String value, int length) {
        String trimmed = value == null ? "" : value.trim();
        return trimmed.length() > length ? trimmed.substring(0, length) : trimmed;
    }
}
