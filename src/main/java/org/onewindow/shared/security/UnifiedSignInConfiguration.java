package org.onewindow.shared.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The OAuth2 client beans exist only when the unified sign-in is on: then this repository makes Spring Boot add
 * the authorized-client beans, and {@link SecurityConfiguration} adds the OAuth2 login to the staff screens' chain.
 * Off, OneWindow has no OAuth2 endpoint, filter or bean, and starts without any identity platform reachable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "onewindow.sign-in.oidc", name = "enabled", havingValue = "true")
class UnifiedSignInConfiguration {

    @Bean
    ClientRegistrationRepository unifiedIdentityPlatform(UnifiedSignInProperties properties) {
        return new UnifiedIdentityPlatform(properties);
    }
}
