package org.onewindow.directory.internal;

import java.time.Clock;
import java.util.Optional;

import org.onewindow.directory.SignInEventKind;
import org.onewindow.shared.security.UnifiedSignInProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who a person vouched for by the unified identity platform is in OneWindow: the configured claim's value must be
 * the username of an active staff account, whose roles and departments become the sign-in's authorities exactly
 * as for a password sign-in. They never carry "must change the password": the platform signed them in, and a
 * temporary password waiting on the account is the password sign-in's business. Every sign-in through the
 * platform, accepted or refused, is in the sign-in audit.
 * <p>
 * Not subject to the password sign-in's locks: those stop guessing, and here nothing is guessed. A refusal is
 * recorded as {@link SignInEventKind#UNIFIED_ACCOUNT_REFUSED}, which counts towards no lock either.
 */
@Component
@ConditionalOnProperty(prefix = "onewindow.sign-in.oidc", name = "enabled", havingValue = "true")
class UnifiedSignInAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(UnifiedSignInAccounts.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> platform = new OidcUserService();
    private final StaffRepository staff;
    private final SignInStore signIns;
    private final UnifiedSignInProperties properties;
    private final Clock clock;

    UnifiedSignInAccounts(StaffRepository staff, SignInStore signIns, UnifiedSignInProperties properties,
            Clock clock) {
        this.staff = staff;
        this.signIns = signIns;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        // Spring has checked the ID token (signature, issuer, audience, nonce) and reads the user info here.
        return staffMember(platform.loadUser(request), clientAddress());
    }

    OidcUser staffMember(OidcUser vouchedFor, String clientAddress) {
        Object claim = vouchedFor.getClaims().get(properties.accountClaim());
        String username = claim == null ? "" : claim.toString();
        Optional<StaffEntity> account = username.isEmpty() ? Optional.empty()
                : staff.findByUsername(username).filter(StaffEntity::active);
        String recordedName = truncate(username.isEmpty() ? "(" + properties.accountClaim() + "?)" : username,
                SignInStore.MAX_NAME);
        if (account.isEmpty()) {
            signIns.record(SignInEventKind.UNIFIED_ACCOUNT_REFUSED, recordedName, clientAddress, null,
                    clock.instant());
            // The subject, not the tokens: enough to find the person at the platform.
            log.info("Unified sign-in refused: {} '{}' (subject {}) is no active staff account",
                    properties.accountClaim(), recordedName, vouchedFor.getSubject());
            throw new OAuth2AuthenticationException(new OAuth2Error(UnifiedSignInProperties.NOT_A_STAFF_ACCOUNT,
                    "The unified identity platform's account is no active OneWindow staff account", null));
        }
        StaffEntity member = account.get();
        signIns.record(SignInEventKind.SIGNED_IN_UNIFIED, recordedName, clientAddress, null, clock.instant());
        return new StaffOidcUser(StaffUserDetailsService.authoritiesOf(member), vouchedFor.getIdToken(),
                vouchedFor.getUserInfo(), properties.accountClaim(), member.displayName(),
                member.toStaffMember().displayNameEn());
    }

    /** As the password sign-in counts it: the request's remote address. */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                && servlet.getRequest().getRemoteAddr() != null) {
            return truncate(servlet.getRequest().getRemoteAddr(), SignInStore.MAX_ADDRESS);
        }
        return "unknown";
    }

    private static String truncate(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
