package org.onewindow.shared.security;

import org.onewindow.shared.ui.LoginView;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * The OpenID Connect login on the staff screens' chain: Spring's authorization-code flow with {@code state} and
 * {@code nonce} checked by Spring, the platform's user mapped to a OneWindow staff account by the directory's
 * {@code OAuth2UserService} (roles and departments are OneWindow's), and every failure back on the login view,
 * which says why.
 */
final class UnifiedSignInLogin {

    /** The login view with {@code ?error}: the failure is kept in the session for the view to explain. */
    private static final String FAILED = "/login?error";

    /** The error code of a sign-in that could not be sent to the platform (not reachable, not discovered). */
    static final String PLATFORM_UNAVAILABLE = "platform_unavailable";

    private UnifiedSignInLogin() {
    }

    static void configure(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> staffAccounts)
            throws Exception {
        AuthenticationFailureHandler backToLogin = new SimpleUrlAuthenticationFailureHandler(FAILED);
        http.oauth2Login(login -> login
                // OneWindow's own login view, not Spring's generated page listing the providers.
                .loginPage("/" + LoginView.ROUTE)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(staffAccounts))
                .failureHandler(backToLogin)
                // The platform unreachable when the button is pressed: the login view says so instead of a 500.
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // Spring reports it as a plain AuthenticationException, which the login view would call
                        // a wrong password; as an OAuth2 failure it says the platform's sign-in did not complete.
                        filter.setAuthenticationFailureHandler((request, response, failure) -> backToLogin
                                .onAuthenticationFailure(request, response, new OAuth2AuthenticationException(
                                        new OAuth2Error(PLATFORM_UNAVAILABLE), failure)));
                        return filter;
                    }
                }));
    }
}
