package org.onewindow.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.onewindow.shared.AppRoles;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cockpit, Tasklist and Admin trust OneWindow's sign-in instead of asking for a second password. Spring
 * Security lets only ADMIN through to {@code /camunda/**}; this filter hands that user to the webapps.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSignOn {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>();
        registration.setFilter(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityProvider.class.getName()));
        // After Spring Security's filter chain (order -100), so that the authentication is known.
        registration.setOrder(101);
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }

    /** Reads the signed-in user from Spring Security; ADMIN maps to Camunda's administrators group. */
    public static class SpringSecurityProvider extends ContainerBasedAuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                return AuthenticationResult.unsuccessful();
            }
            List<String> groups = new ArrayList<>();
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                if (authority.getAuthority().equals("ROLE_" + AppRoles.ADMIN)) {
                    groups.add(CAMUNDA_ADMIN_GROUP);
                }
            }
            if (groups.isEmpty()) {
                // Spring Security admits only ADMIN here; anything else is refused rather than half signed in.
                return AuthenticationResult.unsuccessful();
            }
            provisionCamundaIdentity(engine.getIdentityService(), authentication.getName());
            AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
            result.setGroups(groups);
            return result;
        }

        /**
         * The webapps accept only users that exist in Camunda's identity store. OneWindow's directory stays the
         * source of truth; an administrator gets a Camunda user (with an unusable random password: sign-in is
         * always OneWindow's) in Camunda's administrators group on first use.
         */
        private static synchronized void provisionCamundaIdentity(IdentityService identity, String username) {
            if (identity.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
                Group group = identity.newGroup(CAMUNDA_ADMIN_GROUP);
                group.setName("Camunda administrators (OneWindow ADMIN)");
                group.setType("SYSTEM");
                identity.saveGroup(group);
            }
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                user.setLastName("(OneWindow)");
                user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(username).memberOfGroup(CAMUNDA_ADMIN_GROUP).count() == 0) {
                identity.createMembership(username, CAMUNDA_ADMIN_GROUP);
            }
        }
    }
}
