package org.onewindow.directory;

import java.util.Collection;
import java.util.List;

import org.onewindow.shared.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the display name in both languages shown in the application header. */
public class StaffUserDetails extends User implements DisplayNamed {

    private final String displayName;
    private final String displayNameEn;

    public StaffUserDetails(String username, String passwordHash, boolean enabled, String displayName,
            String displayNameEn, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, List.copyOf(authorities));
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
