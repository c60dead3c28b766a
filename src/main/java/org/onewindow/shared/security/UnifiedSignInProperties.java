package org.onewindow.shared.security;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.sign-in.oidc.*}: staff sign-in through the government's unified identity platform (统一身份认证)
 * by OpenID Connect, next to the password. Off by default; when on, OneWindow builds its one client registration
 * from these properties ({@link UnifiedSignInConfiguration}), so an operator never writes Spring's
 * {@code spring.security.oauth2.client.*} keys.
 *
 * @param enabled whether the login view offers the platform's button and the OAuth2 endpoints exist
 * @param issuerUri the platform's issuer; its {@code /.well-known/openid-configuration} is read at the first sign-in
 * @param clientId OneWindow's client id at the platform
 * @param clientSecret OneWindow's client secret there (from the environment, {@code ONEWINDOW_OIDC_CLIENT_SECRET})
 * @param scopes the scopes asked for; {@code openid} must be among them
 * @param accountClaim the claim of the ID token (or user info) whose value is the OneWindow account's username
 * @param labelZh the button's label on a Chinese screen; empty for OneWindow's own
 * @param labelEn the button's label on an English screen; empty for OneWindow's own
 */
@ConfigurationProperties("onewindow.sign-in.oidc")
public record UnifiedSignInProperties(@DefaultValue("false") boolean enabled, URI issuerUri, String clientId,
        String clientSecret, @DefaultValue({
                "openid", "profile" }) List<String> scopes,
        @DefaultValue("preferred_username") String accountClaim, String labelZh, String labelEn) {

    /** The registration's id: also the last part of the platform's paths below. */
    public static final String REGISTRATION_ID = "unified";

    /** Where the login view's button sends the browser: Spring's redirect to the platform. */
    public static final String AUTHORIZATION_PATH = "oauth2/authorization/" + REGISTRATION_ID;

    /**
     * The OAuth2 error code of a sign-in the platform accepted but OneWindow refuses: the claim names no active
     * staff account.
     */
    public static final String NOT_A_STAFF_ACCOUNT = "not_a_staff_account";

    public UnifiedSignInProperties {
        scopes = scopes == null ? List.of("openid", "profile") : List.copyOf(scopes);
        if (enabled) {
            if (issuerUri == null || blank(issuerUri.toString()) || blank(clientId) || blank(clientSecret)) {
                throw new IllegalArgumentException("onewindow.sign-in.oidc.enabled=true needs issuer-uri, client-id"
                        + " and client-secret (ONEWINDOW_OIDC_ISSUER_URI, _CLIENT_ID, _CLIENT_SECRET).");
            }
            if (!scopes.contains("openid")) {
                throw new IllegalArgumentException("onewindow.sign-in.oidc.scopes must contain openid.");
            }
            if (blank(accountClaim)) {
                throw new IllegalArgumentException("onewindow.sign-in.oidc.account-claim must name a claim.");
            }
        }
    }

    /** Off, as when nothing is configured (screen tests without Spring). */
    public static UnifiedSignInProperties off() {
        return new UnifiedSignInProperties(false, null, null, null, null, "preferred_username", null, null);
    }

    /** The operator's label for the button in this language, if they chose one. */
    public String label(Locale locale) {
        String label = "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
        return blank(label) ? null : label;
    }

    /** Never the secret: records print every component, and these properties may reach a log. */
    @Override
    public String toString() {
        return "UnifiedSignInProperties[enabled=" + enabled + ", issuerUri=" + issuerUri + ", clientId=" + clientId
                + ", clientSecret=" + (blank(clientSecret) ? "(none)" : "(set)") + ", scopes=" + scopes
                + ", accountClaim=" + accountClaim + "]";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
