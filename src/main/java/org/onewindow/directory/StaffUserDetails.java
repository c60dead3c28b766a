package org.onewindow.directory;

import java.util.Collection;
import java.util.List;

import org.onewindow.shared.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's user, carrying the display name shown in the application header. */
public class StaffUserDetails extends User implements DisplayNamed {

    private final String displayName;

    public StaffUserDetails(String username, String passwordHash, boolean enabled, String displayName,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, List.copyOf(authorities));
        this.displayName = displayName;
    }

    @Override
    public String displayName() {
        return displayName;
    }
}
