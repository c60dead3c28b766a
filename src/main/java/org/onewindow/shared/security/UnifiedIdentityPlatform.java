package org.onewindow.shared.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * OneWindow's one client registration, read from the platform's discovery document at the first sign-in through
 * it rather than at start-up: a hall whose identity platform is down (or not reachable from a test machine) still
 * starts, and its staff sign in with their passwords meanwhile. A failed discovery is tried again at the next
 * sign-in; a successful one is kept until the restart.
 */
final class UnifiedIdentityPlatform implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(UnifiedIdentityPlatform.class);

    private final UnifiedSignInProperties properties;
    private volatile ClientRegistration registration;

    UnifiedIdentityPlatform(UnifiedSignInProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!UnifiedSignInProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        String issuer = properties.issuerUri().toString();
        try {
            ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(UnifiedSignInProperties.REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .scope(properties.scopes())
                    .userNameAttributeName(properties.accountClaim())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .clientName("unified identity platform")
                    .build();
            log.info("Unified sign-in: the identity platform {} was discovered", issuer);
            return discovered;
        } catch (RuntimeException e) {
            // Never the secret; the issuer and the reason are what the operator needs.
            log.warn("Unified sign-in: the identity platform {} could not be read: {}", issuer, e.getMessage());
            throw e;
        }
    }
}
