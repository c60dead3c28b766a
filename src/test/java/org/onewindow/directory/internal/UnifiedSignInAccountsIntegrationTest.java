package org.onewindow.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.shared.DisplayNamed;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.onewindow.shared.security.UnifiedSignInProperties;
import org.onewindow.support.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the unified identity platform's person is in OneWindow, on the shared H2 context (where the unified sign-in
 * is off, so the mapper is built here from the context's own repository and sign-in store): an active account
 * with its roles and departments and never "must change the password"; an unknown or deactivated account, or no
 * claim at all, refused with the error the login view explains; each attempt in the sign-in audit.
 */
@H2IntegrationTest
@Transactional
class UnifiedSignInAccountsIntegrationTest {

    private static final String ADDRESS = "203.0.113.17";

    @Autowired
    StaffRepository staff;
    @Autowired
    SignInStore signIns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private UnifiedSignInAccounts accounts(String claim) {
        return new UnifiedSignInAccounts(staff, signIns, new UnifiedSignInProperties(true,
                URI.create("https://idp.example.gov.cn"), "onewindow", "secret", List.of("openid"), claim, null,
                null), clock);
    }

    @Test
    void anActiveAccountSignsInWithItsRolesAndDepartmentsAndNoPasswordToChange() {
        // A temporary password waiting on the account is the password sign-in's business, not the platform's.
        jdbc.sql("update directory_staff set must_change_password = true where username = 'frontdesk'").update();

        OidcUser signedIn = accounts("preferred_username")
                .staffMember(vouchedFor(Map.of("preferred_username", "frontdesk")), ADDRESS);

        assertThat(signedIn.getName()).isEqualTo("frontdesk");
        assertThat(((DisplayNamed) signedIn).displayName()).isEqualTo("李娜");
        assertThat(((DisplayNamed) signedIn).displayName(Translations.ENGLISH)).isEqualTo("Li Na");
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder(CurrentStaff.ROLE_PREFIX + "FRONT_DESK",
                        CurrentStaff.DEPARTMENT_PREFIX + "HALL")
                .doesNotContain(PasswordChangeRequired.AUTHORITY);
        assertThat(events("SIGNED_IN_UNIFIED", "frontdesk")).isEqualTo(1);
    }

    @Test
    void theConfiguredClaimNamesTheAccount() {
        OidcUser signedIn = accounts("staff_no")
                .staffMember(vouchedFor(Map.of("staff_no", "manager", "preferred_username", "li.na")), ADDRESS);

        assertThat(signedIn.getName()).isEqualTo("manager");
    }

    @Test
    void anAccountUnknownToOneWindowIsRefusedAndRecorded() {
        assertRefused(() -> accounts("preferred_username")
                .staffMember(vouchedFor(Map.of("preferred_username", "nobody-here")), ADDRESS));
        assertThat(events("UNIFIED_ACCOUNT_REFUSED", "nobody-here")).isEqualTo(1);
        // Refusals lock nothing: no password was guessed.
        assertThat(events("FAILED", "nobody-here")).isZero();
    }

    @Test
    void aDeactivatedAccountIsRefused() {
        jdbc.sql("update directory_staff set active = false where username = 'frontdesk2'").update();

        assertRefused(() -> accounts("preferred_username")
                .staffMember(vouchedFor(Map.of("preferred_username", "frontdesk2")), ADDRESS));
        assertThat(events("UNIFIED_ACCOUNT_REFUSED", "frontdesk2")).isEqualTo(1);
    }

    @Test
    void aTokenWithoutTheClaimIsRefused() {
        assertRefused(() -> accounts("employee_number")
                .staffMember(vouchedFor(Map.of("preferred_username", "frontdesk")), ADDRESS));
        assertThat(events("UNIFIED_ACCOUNT_REFUSED", "(employee_number?)")).isEqualTo(1);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable signIn) {
        assertThatThrownBy(signIn).isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                refused -> assertThat(refused.getError().getErrorCode())
                        .isEqualTo(UnifiedSignInProperties.NOT_A_STAFF_ACCOUNT));
    }

    private int events(String kind, String username) {
        return jdbc.sql("""
                select count(*) from directory_sign_in_event
                where kind = :kind and username = :username and client_address = :address""")
                .param("kind", kind).param("username", username).param("address", ADDRESS)
                .query(Integer.class).single();
    }

    private static OidcUser vouchedFor(Map<String, Object> claims) {
        Instant now = Instant.now();
        OidcIdToken token = OidcIdToken.withTokenValue("id-token").issuer("https://idp.example.gov.cn")
                .subject("platform-subject-1").audience(List.of("onewindow")).issuedAt(now)
                .expiresAt(now.plusSeconds(300)).claims(all -> all.putAll(claims)).build();
        return new DefaultOidcUser(List.of(), token, "sub");
    }
}
