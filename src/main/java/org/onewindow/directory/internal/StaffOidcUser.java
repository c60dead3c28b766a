package org.onewindow.directory.internal;

import java.util.Collection;

import org.onewindow.shared.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A staff member signed in through the unified identity platform: the platform's tokens and claims, OneWindow's
 * authorities, and the display name in both languages of the OneWindow account for the application header. Its name (the
 * configured claim's value) is the account's username.
 */
final class StaffOidcUser extends DefaultOidcUser implements DisplayNamed {

    private static final long serialVersionUID = 1L;

    private final String displayName;
    private final String displayNameEn;

    StaffOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
            String accountClaim, String displayName, String displayNameEn) {
        super(authorities, idToken, userInfo, accountClaim);
        this.displayName = displayName;
        this.displayNameEn = displayNameEn;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String displayNameEn() {
        return displayNameEn;
    }
}
