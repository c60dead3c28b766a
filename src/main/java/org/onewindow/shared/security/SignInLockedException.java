package org.onewindow.shared.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked, because the account typed or the client's address had too
 * many failed sign-ins. Thrown for names that are no account as well, so the refusal tells nobody whether an
 * account exists. The login form and the API's entry point show {@link #MESSAGE_KEY} with the minutes to wait.
 */
public class SignInLockedException extends AuthenticationException {

    /** The message people see, in the {@code shared} bundles; its argument is {@link #minutesToWait()}. */
    public static final String MESSAGE_KEY = "shared.error.signInLocked";

    private final long minutesToWait;

    public SignInLockedException(long minutesToWait) {
        super("Too many failed sign-ins; try again in " + minutesToWait + " minutes");
        this.minutesToWait = Math.max(1, minutesToWait);
    }

    public long minutesToWait() {
        return minutesToWait;
    }
}
