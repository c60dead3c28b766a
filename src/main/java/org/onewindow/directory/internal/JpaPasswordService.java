package org.onewindow.directory.internal;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.PasswordService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes passwords: one's own (every staff role) and an administrator's temporary password for someone else. Both
 * go through {@link PasswordValidator} and are stored with the application's {@link PasswordEncoder}.
 */
@Service
@Transactional
// Every signed-in staff member, whatever their role, for their own password; administrators for others'.
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD, AppRoles.FOLLOW_UP, AppRoles.MANAGER,
        AppRoles.ADMIN })
class JpaPasswordService implements PasswordService {

    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final PasswordValidator validator;
    private final CurrentStaff currentStaff;
    private final AdministrativeChanges auditLog;
    private final Clock clock;

    JpaPasswordService(StaffRepository staff, PasswordEncoder passwordEncoder, PasswordValidator validator,
            CurrentStaff currentStaff, AdministrativeChanges auditLog, Clock clock) {
        this.staff = staff;
        this.auditLog = auditLog;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Override
    public void changeOwnPassword(PasswordChange change) {
        String username = currentStaff.require().username();
        StaffEntity account = staff.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("No staff account " + username));
        validator.validate(username, change,
                current -> passwordEncoder.matches(current, account.passwordHash()));
        account.changePassword(passwordEncoder.encode(change.newPassword()), clock.instant(), false);
        releaseSession();
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    public void setTemporaryPassword(String username, String password) {
        if (currentStaff.require().username().equals(username)) {
            throw new BusinessRuleException(Translations.current("directory.password.error.ownAccount"));
        }
        StaffEntity account = staff.findByUsername(username).orElseThrow(
                () -> new NotFoundException(Translations.current("directory.password.error.unknownAccount", username)));
        validator.validateTemporary(username, password);
        account.changePassword(passwordEncoder.encode(password), clock.instant(), true);
        // Never the password itself: the log says a temporary one was set and must be changed.
        auditLog.record(new AdministrativeChange(AdminArea.ACCOUNTS, username, AdminAction.PASSWORD_SET, null,
                "temporary password, to be changed at the next sign-in"));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mustChangeOwnPassword() {
        return PasswordChangeRequired.appliesTo(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The session that changed the password keeps its sign-in without the need to change it: the security
     * context is the session's own object, so the views and APIs of this session see the new authorities at once.
     */
    private static void releaseSession() {
        var context = SecurityContextHolder.getContext();
        Authentication signedIn = context.getAuthentication();
        if (!PasswordChangeRequired.appliesTo(signedIn)) {
            return;
        }
        List<GrantedAuthority> authorities = signedIn.getAuthorities().stream()
                .filter(authority -> !PasswordChangeRequired.AUTHORITY.equals(authority.getAuthority()))
                .map(GrantedAuthority.class::cast).toList();
        UsernamePasswordAuthenticationToken released = UsernamePasswordAuthenticationToken
                .authenticated(signedIn.getPrincipal(), null, authorities);
        released.setDetails(signedIn.getDetails());
        context.setAuthentication(released);
    }
}
