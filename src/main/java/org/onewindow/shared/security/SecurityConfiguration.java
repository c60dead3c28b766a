package org.onewindow.shared.security;

import java.util.Arrays;

import org.onewindow.shared.AppRoles;
import org.onewindow.shared.metrics.MetricsProperties;
import org.onewindow.shared.ui.LoginView;
import org.onewindow.shared.web.DatabaseUnavailableEntryPoint;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Three filter chains. The public API (Open311, its OpenAPI description and Swagger UI) is stateless and open:
 * writes there are authenticated by API key in the open311 module, never by a session. The non-Vaadin staff
 * endpoints (Camunda's webapps and REST API, the actuator, OneWindow's JSON API) answer 401/403 rather than
 * redirecting (the Prometheus endpoint also takes the scrape token, see {@link PrometheusScrapeAccess}), and
 * everything else is the Vaadin UI with its login view; those two share one session, so signing in once at
 * {@code /login} is enough for both.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(0)
    SecurityFilterChain publicApiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(paths("/open311/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // No session is created or read here: a signed-in staff member's cookie lends the API nothing, so
                // there is nothing for a forged cross-site request to ride on, and CSRF tokens would only stop
                // API clients, which post forms without them.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(login -> login.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain endpointsSecurityFilterChain(HttpSecurity http, MetricsProperties metrics) throws Exception {
        // Path matchers independent of Spring MVC: Camunda's REST API and webapps are served by other servlets.
        http.securityMatcher(paths("/engine-rest/**", "/camunda/**", "/actuator/**", "/api/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info")).permitAll()
                        .requestMatchers(paths("/actuator/prometheus")).access(new PrometheusScrapeAccess(metrics))
                        .requestMatchers(paths("/engine-rest/**", "/camunda/**", "/actuator/**")).hasRole(AppRoles.ADMIN)
                        .anyRequest().authenticated())
                // Camunda's webapps bring their own CSRF protection; its REST API is for signed-in admins.
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths("/engine-rest/**", "/camunda/**"))
                        // A program calling the JSON API with HTTP Basic has no session to take a CSRF token from.
                        // Safe to skip: browsers attach Basic credentials by themselves only after a
                        // WWW-Authenticate challenge, which this chain never sends (plain 401s), so a forged
                        // cross-site request cannot carry them; requests riding on the session cookie still need it.
                        .ignoringRequestMatchers(request -> {
                            String authorization = request.getHeader("Authorization");
                            return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
                        }))
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        new DatabaseUnavailableEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))))
                .exceptionHandling(handling -> handling
                        // A person opening Cockpit in the browser is sent to the login page...
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new AntPathRequestMatcher("/camunda/app/**"))
                        // ...a program gets a plain 401.
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> true));
        return http.build();
    }

    private static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns).<RequestMatcher>map(AntPathRequestMatcher::new).toList());
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class))
                .build();
    }
}
