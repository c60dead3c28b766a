package org.onewindow.directory;

import java.util.List;

import org.onewindow.shared.PageRequest;

/** For administrators: who signed in or failed to, from where, which accounts and addresses are locked. */
public interface SignInAuditService {

    /** Locks in force now, newest first. */
    List<SignInLock> activeLocks();

    /** The audit, newest first. */
    List<SignInEvent> events(PageRequest page);

    long eventCount();

    /**
     * Lifts a lock before it runs out, recorded with the administrator who lifted it; failures before the lock
     * no longer count. Fails with {@link org.onewindow.shared.NotFoundException} when the lock is no longer in force.
     */
    void liftLock(long lockId);
}
