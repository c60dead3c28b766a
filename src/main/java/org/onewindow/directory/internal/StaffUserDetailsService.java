package org.onewindow.directory.internal;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.StaffMember;
import org.onewindow.directory.StaffUserDetails;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff sign in with their directory account; roles and departments become authorities. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffRepository staff;

    StaffUserDetailsService(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffEntity entity = staff.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No staff account " + username));
        List<GrantedAuthority> authorities = authoritiesOf(entity);
        if (entity.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PasswordChangeRequired.AUTHORITY));
        }
        StaffMember member = entity.toStaffMember();
        return new StaffUserDetails(entity.username(), entity.passwordHash(), entity.active(), member.displayName(),
                member.displayNameEn(), authorities);
    }

    /**
     * The account's roles and departments as authorities, the same for every way of signing in; whether a new
     * password must be chosen first is the password sign-in's own addition.
     */
    static List<GrantedAuthority> authoritiesOf(StaffEntity entity) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        entity.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(CurrentStaff.ROLE_PREFIX + role)));
        entity.departmentCodes().forEach(
                code -> authorities.add(new SimpleGrantedAuthority(CurrentStaff.DEPARTMENT_PREFIX + code)));
        return authorities;
    }
}
