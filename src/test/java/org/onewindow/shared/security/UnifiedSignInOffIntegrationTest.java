package org.onewindow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.support.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.FilterChainProxy;

/**
 * With the unified sign-in off (the default, as on the shared H2 context, where no identity platform exists),
 * OneWindow has no OAuth2 client bean, no OAuth2 filter and so no OAuth2 login endpoint. (That the platform's
 * paths then only lead a stranger to the login view is checked on a real server by
 * {@code StaffSessionServerIntegrationTest}: MockMvc cannot serve Vaadin's chain.)
 */
@H2IntegrationTest
class UnifiedSignInOffIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    FilterChainProxy security;
    @Autowired
    UnifiedSignInProperties properties;

    @Test
    void offByDefaultWithoutAnyOAuth2BeanOrFilter() {
        assertThat(properties.enabled()).isFalse();
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
        assertThat(context.getBeanNamesForType(OAuth2UserService.class)).isEmpty();
        // Nor the authorization server's beans, though its library is on the test class path for the provider.
        assertThat(context.getBeanNamesForType(JwtDecoder.class)).isEmpty();
        assertThat(security.getFilterChains()).flatExtracting(chain -> chain.getFilters())
                .noneMatch(filter -> filter instanceof OAuth2AuthorizationRequestRedirectFilter
                        || filter instanceof OAuth2LoginAuthenticationFilter);
    }
}
