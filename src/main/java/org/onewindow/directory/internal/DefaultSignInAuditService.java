package org.onewindow.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.SignInAuditService;
import org.onewindow.directory.SignInEvent;
import org.onewindow.directory.SignInEventKind;
import org.onewindow.directory.SignInLock;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@RolesAllowed(AppRoles.ADMIN)
class DefaultSignInAuditService implements SignInAuditService {

    private static final Logger log = LoggerFactory.getLogger(DefaultSignInAuditService.class);

    private final SignInStore store;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final AdministrativeChanges auditLog;

    DefaultSignInAuditService(SignInStore store, CurrentStaff currentStaff, Clock clock,
            AdministrativeChanges auditLog) {
        this.store = store;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SignInLock> activeLocks() {
        return store.activeLocks(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<SignInEvent> events(PageRequest page) {
        return store.events(page);
    }

    @Override
    @Transactional(readOnly = true)
    public long eventCount() {
        return store.eventCount();
    }

    @Override
    @Transactional
    public void liftLock(long lockId) {
        Instant now = clock.instant();
        String admin = currentStaff.require().username();
        SignInLock lock = store.activeLock(lockId, now)
                .orElseThrow(() -> new NotFoundException(Translations.current("directory.signIns.lockGone")));
        if (!store.lift(lockId, now, admin)) {
            throw new NotFoundException(Translations.current("directory.signIns.lockGone"));
        }
        boolean account = lock.subject() == SignInLock.Subject.ACCOUNT;
        auditLog.record(new AdministrativeChange(AdminArea.SIGN_IN, lock.value(), AdminAction.LOCK_LIFTED,
                lock.subject().name().toLowerCase(java.util.Locale.ROOT) + " locked until " + lock.lockedUntil(),
                "lifted"));
        store.record(SignInEventKind.LOCK_LIFTED, account ? lock.value() : null, account ? null : lock.value(), admin,
                now);
        log.info("Sign-in: {} lifted the lock of {} {}", admin, lock.subject().name().toLowerCase(), lock.value());
    }
}
