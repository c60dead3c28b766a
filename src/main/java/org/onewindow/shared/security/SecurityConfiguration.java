package org.onewindow.shared.security;

import java.util.Arrays;

import org.onewindow.shared.AppRoles;
import org.onewindow.shared.metrics.MetricsProperties;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.ui.LoginView;
import org.onewindow.shared.ui.ScreenDeniedView;
import org.onewindow.shared.web.DatabaseUnavailableEntryPoint;
import org.onewindow.shared.web.PasswordChangeRequiredFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Three filter chains. The public API (Open311, its OpenAPI description and Swagger UI) is stateless and open:
 * writes there are authenticated by API key in the open311 module, never by a session. The non-Vaadin staff
 * endpoints (Camunda's webapps and REST API, the actuator, OneWindow's JSON API) answer 401/403 rather than
 * redirecting (the Prometheus endpoint also takes the scrape token, see {@link PrometheusScrapeAccess}), and
 * everything else is the Vaadin UI with its login view; those two share one session, so signing in once at
 * {@code /login} is enough for both. When the unified sign-in is on ({@link UnifiedSignInProperties}), the UI's
 * chain also takes OpenID Connect sign-ins ({@link UnifiedSignInLogin}); the APIs keep their own authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    /**
     * What OneWindow's pages may load and run. Vaadin's client engine starts from an inline script and runs the
     * expressions the server sends as functions ('unsafe-inline', 'unsafe-eval' in script-src, and inline styles:
     * Vaadin's documented requirements); everything else comes from the hall's own origin, images also as data:
     * and blob: URLs (QR codes, the process diagram, previews of scanned files). No page may be framed by another
     * site. Camunda's webapps under /camunda keep their own policy (their HeaderSecurity filter).
     */
    static final String VAADIN_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(0)
    SecurityFilterChain publicApiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(
                paths("/open311/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                        // The provincial platform's callback: authenticated by its signature (exchange module).
                        "/api/province/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // No session is created or read here: a signed-in staff member's cookie lends the API nothing, so
                // there is nothing for a forged cross-site request to ride on, and CSRF tokens would only stop
                // API clients, which post forms without them.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(login -> login.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain endpointsSecurityFilterChain(HttpSecurity http, MetricsProperties metrics, PublicSite site)
            throws Exception {
        // Path matchers independent of Spring MVC: Camunda's REST API and webapps are served by other servlets.
        http.securityMatcher(paths("/engine-rest/**", "/camunda/**", "/actuator/**", "/api/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info")).permitAll()
                        .requestMatchers(paths("/actuator/prometheus")).access(new PrometheusScrapeAccess(metrics))
                        .requestMatchers(paths("/engine-rest/**", "/camunda/**", "/actuator/**"))
                        .hasRole(AppRoles.ADMIN)
                        .anyRequest().authenticated())
                // Camunda's webapps bring their own CSRF protection (its CsrfPreventionFilter on /camunda/api/* and
                // /camunda/app/*, with the X-XSRF-TOKEN header). Its REST API /engine-rest has none of its own: a
                // request there that rides on the session cookie needs Spring's token like /api.
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths("/camunda/**"))
                        // A program calling the JSON API with HTTP Basic has no session to take a CSRF token from.
                        // Safe to skip: browsers attach Basic credentials by themselves only after a
                        // WWW-Authenticate challenge, which this chain never sends (plain 401s), so a forged
                        // cross-site request cannot carry them; requests riding on the session cookie still need it.
                        .ignoringRequestMatchers(request -> {
                            String authorization = request.getHeader("Authorization");
                            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
                        }))
                // A page of another site may not call the staff APIs at all, whatever it carries.
                .addFilterBefore(new SameOriginRequests(site, paths("/engine-rest/**", "/api/**")),
                        CsrfFilter.class)
                // Someone who must change their password (temporary password, setup code) does so on screen first.
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        new DatabaseUnavailableEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))))
                .exceptionHandling(handling -> handling
                        // A person opening Cockpit in the browser is sent to the login page...
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new AntPathRequestMatcher("/camunda/app/**"))
                        // ...a program gets a plain 401.
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> true)
                        // A signed-in person whose role does not open Cockpit reads OneWindow's own refusal...
                        .defaultAccessDeniedHandlerFor(
                                (request, response, denied) -> response.sendRedirect(
                                        request.getContextPath() + "/" + ScreenDeniedView.ROUTE),
                                new AntPathRequestMatcher("/camunda/app/**"))
                        // ...a program a plain 403.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
        return http.build();
    }

    private static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(AntPathRequestMatcher::new).toList());
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
            UnifiedSignInProperties unifiedSignIn,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> staffAccounts) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        // Vaadin's own CSRF set-up exempts the login form's POST /login, so a page of another site could sign a
        // browser in with the attacker's account (login CSRF). The login form sends the token from the page's
        // _csrf meta tags; only Vaadin's internal requests, which carry Vaadin's own token, are exempt here.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(VAADIN_CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        if (unifiedSignIn.enabled()) {
            UnifiedSignInLogin.configure(http, staffAccounts.getObject());
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }
}
