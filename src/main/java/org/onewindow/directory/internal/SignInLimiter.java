package org.onewindow.directory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.onewindow.directory.SignInEventKind;
import org.onewindow.directory.SignInLock.Subject;
import org.onewindow.directory.SignInProperties;
import org.onewindow.shared.security.SignInLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The limit on failed sign-ins per name typed and per client address, and the audit of every attempt. Failures
 * count within the window, but only after the subject's last lock (the lock paid for them) and, for a name, after
 * its last successful sign-in. Attempts of one client at the same moment on several nodes may all pass the check
 * before any of them records its failure: a few guesses over the limit, not worth a database lock per attempt.
 */
@Component
class SignInLimiter {

    private static final Logger log = LoggerFactory.getLogger(SignInLimiter.class);

    private final SignInStore store;
    private final SignInProperties properties;
    private final Clock clock;

    SignInLimiter(SignInStore store, SignInProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses, before any password is checked, a name or address under lock; the same for every name. */
    void refuseIfLocked(String username, String clientAddress) {
        Instant now = clock.instant();
        Optional<Instant> until = Stream.of(store.lockedUntil(Subject.ACCOUNT, username, now),
                store.lockedUntil(Subject.ADDRESS, clientAddress, now)).flatMap(Optional::stream)
                .max(Instant::compareTo);
        if (until.isPresent()) {
            store.record(SignInEventKind.REFUSED_WHILE_LOCKED, username, clientAddress, null, now);
            long seconds = Duration.between(now, until.get()).toSeconds();
            throw new SignInLockedException((seconds + 59) / 60);
        }
    }

    void succeeded(String username, String clientAddress) {
        store.record(SignInEventKind.SIGNED_IN, username, clientAddress, null, clock.instant());
    }

    /** Records the failure and locks the name or the address that reached its limit with it. */
    void failed(String username, String clientAddress) {
        Instant now = clock.instant();
        store.record(SignInEventKind.FAILED, username, clientAddress, null, now);
        Instant windowStart = now.minus(properties.window());
        Instant accountSince = latest(windowStart, store.lastLocked(Subject.ACCOUNT, username),
                store.lastSignIn(username));
        if (store.failuresOfAccount(username, accountSince) >= properties.maxFailuresPerAccount()) {
            lock(Subject.ACCOUNT, username, clientAddress, now);
        }
        // A successful sign-in from the address does not reset it: one known password must not buy more guesses.
        Instant addressSince = latest(windowStart, store.lastLocked(Subject.ADDRESS, clientAddress), Optional.empty());
        if (store.failuresFromAddress(clientAddress, addressSince) >= properties.maxFailuresPerAddress()) {
            lock(Subject.ADDRESS, clientAddress, username, now);
        }
    }

    private void lock(Subject subject, String value, String other, Instant now) {
        store.lock(subject, value, now, now.plus(properties.lockDuration()));
        boolean account = subject == Subject.ACCOUNT;
        store.record(account ? SignInEventKind.ACCOUNT_LOCKED : SignInEventKind.ADDRESS_LOCKED,
                account ? value : other, account ? other : value, null, now);
        log.warn("Sign-in: {} {} locked for {} after too many failed sign-ins", subject.name().toLowerCase(),
                value, properties.lockDuration());
    }

    private static Instant latest(Instant windowStart, Optional<Instant> lastLock, Optional<Instant> lastSuccess) {
        return Stream.of(Optional.of(windowStart), lastLock, lastSuccess).flatMap(Optional::stream)
                .max(Instant::compareTo).orElseThrow();
    }
}
