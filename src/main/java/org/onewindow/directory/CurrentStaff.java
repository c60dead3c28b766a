package org.onewindow.directory;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.onewindow.shared.DisplayNamed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in staff member, read from the security context. Roles are the {@code ROLE_} authorities,
 * departments the {@code DEPT_} authorities, so services check both without another database read.
 */
@Component
public class CurrentStaff {

    public static final String ROLE_PREFIX = "ROLE_";
    public static final String DEPARTMENT_PREFIX = "DEPT_";

    public Optional<StaffMember> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return Optional.empty();
        }
        return Optional.of(fromAuthentication(authentication));
    }

    /** The signed-in staff member; fails when nobody is signed in, since services are not public. */
    public StaffMember require() {
        return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "Sign in as a staff member first."));
    }

    static StaffMember fromAuthentication(Authentication authentication) {
        Set<String> roles = new HashSet<>();
        Set<String> departments = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith(ROLE_PREFIX)) {
                roles.add(name.substring(ROLE_PREFIX.length()));
            } else if (name.startsWith(DEPARTMENT_PREFIX)) {
                departments.add(name.substring(DEPARTMENT_PREFIX.length()));
            }
        }
        // A password sign-in's StaffUserDetails or a unified sign-in's OpenID Connect user alike.
        if (authentication.getPrincipal() instanceof DisplayNamed named) {
            return new StaffMember(authentication.getName(), named.displayName(), roles, departments, true, null, null,
                    named.displayNameEn(), null);
        }
        return new StaffMember(authentication.getName(), authentication.getName(), roles, departments, true);
    }
}
