package org.onewindow.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A real OpenID Connect provider standing in for the government's unified identity platform: Spring
 * Authorization Server in an application context of its own, on a random port of this JVM, with form login, the
 * client OneWindow is registered as, and two people: {@link #STAFF_MEMBER}, who is a demo staff account in
 * OneWindow, and {@link #STRANGER}, who is not. Their ID tokens carry {@code preferred_username} (the claim
 * OneWindow maps by default) equal to {@code sub}.
 * <p>
 * Its issuer is {@code http://localhost:<port>}; OneWindow must then be opened at {@code 127.0.0.1}, because the
 * provider takes loopback redirect URIs on any port ({@code http://127.0.0.1/login/oauth2/code/unified}) but none
 * at {@code localhost} (RFC 8252). The two hosts also keep the two session cookies apart.
 */
public final class UnifiedIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "onewindow";
    public static final String CLIENT_SECRET = "platform-client-secret-for-tests";
    /** The front desk's demo account in OneWindow ("Li Na"). */
    public static final String STAFF_MEMBER = "frontdesk";
    /** Known to the platform, not to OneWindow. */
    public static final String STRANGER = "stranger";
    public static final String PASSWORD = "platform-password";

    private static UnifiedIdentityProvider started;

    private final ConfigurableApplicationContext context;

    private UnifiedIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The one provider of this JVM, started at the first call (before OneWindow, which reads its issuer). */
    public static synchronized UnifiedIdentityProvider shared() {
        if (started == null) {
            started = new UnifiedIdentityProvider(new SpringApplicationBuilder(Platform.class)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                    .logStartupInfo(false)
                    // No application.yaml of OneWindow's: a context of its own with its own cookie.
                    .properties("spring.config.name=unified-identity-provider", "server.port=0",
                            "server.servlet.session.cookie.name=PLATFORM_SESSION", "spring.jmx.enabled=false")
                    .run());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return started;
    }

    public String issuer() {
        return "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * The provider's configuration, deliberately without {@code @SpringBootConfiguration}/{@code @Configuration}:
     * OneWindow's component scan covers this package and would take its beans (a second
     * {@code UserDetailsService}, filter chains) into OneWindow's context. As the primary source of its own
     * application it is processed all the same.
     */
    @ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            ErrorMvcAutoConfiguration.class, SecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class })
    static class Platform {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    // A browser not signed in at the platform gets its login form.
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults()).build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(
                    User.withUsername(STAFF_MEMBER).password("{noop}" + PASSWORD).roles("USER").build(),
                    User.withUsername(STRANGER).password("{noop}" + PASSWORD).roles("USER").build());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/unified")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build());
        }

        /** The claim OneWindow maps by default, as a platform with staff accounts would issue it. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("preferred_username", context.getPrincipal().getName());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate()).keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            // No fixed issuer: it is the address the request came to, http://localhost:<random port>.
            return AuthorizationServerSettings.builder().build();
        }
    }
}
