package org.onewindow.directory;

import java.time.Instant;

/** A lock on an account name or a client address after too many failed sign-ins, until {@code lockedUntil}. */
public record SignInLock(long id, Subject subject, String value, Instant lockedAt, Instant lockedUntil) {

    /** What is locked: the name typed at sign-in, or the address the attempts came from. */
    public enum Subject {
        ACCOUNT, ADDRESS
    }
}
