package org.onewindow.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;

import org.onewindow.shared.AppRoles;
import org.onewindow.shared.metrics.MetricsProperties;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read {@code /actuator/prometheus}: a signed-in administrator, or Prometheus itself with the configured
 * bearer token ({@code onewindow.metrics.scrape-token}). The token opens this one endpoint and is no account:
 * it signs nobody in. Prometheus scrapes each node directly; the reverse proxy does not pass the endpoint on.
 */
class PrometheusScrapeAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager
            .hasRole(AppRoles.ADMIN);
    private final byte[] tokenHash;

    PrometheusScrapeAccess(MetricsProperties properties) {
        this.tokenHash = properties.scrapeToken() == null ? null : sha256(properties.scrapeToken());
    }

    @Override
    @SuppressWarnings("deprecation") // check() is what Spring Security 6 calls; authorize() delegates to it.
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        if (tokenHash != null) {
            String header = context.getRequest().getHeader("Authorization");
            // Hashes of equal length, compared in constant time: the comparison tells nothing about the token.
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && MessageDigest.isEqual(tokenHash, sha256(header.substring(7).trim()))) {
                return new AuthorizationDecision(true);
            }
        }
        return admin.check(authentication, context);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
