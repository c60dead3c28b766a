package org.onewindow.support;

import java.util.Set;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * Keeps Spring Boot's authorization-server auto-configuration out of every test context. Spring Authorization
 * Server is on the test class path only for {@link UnifiedIdentityProvider}, which configures itself; without
 * this filter each OneWindow context under test would get a signing key and a {@code JwtDecoder} that OneWindow
 * in production does not have. Registered in {@code src/test/resources/META-INF/spring.factories}.
 */
public class WithoutAuthorizationServer implements AutoConfigurationImportFilter {

    private static final Set<String> LEFT_OUT = Set.of(
            "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            match[i] = autoConfigurationClasses[i] == null || !LEFT_OUT.contains(autoConfigurationClasses[i]);
        }
        return match;
    }
}
