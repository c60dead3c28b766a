package org.onewindow.intake;

import java.time.Instant;

/**
 * A progress lookup was refused; {@link #reason()} says why, for a clear message to the citizen. A wrong code
 * and a case number that does not exist are the same {@link Reason#WRONG_PAIR}, so that case numbers cannot be
 * probed.
 */
public class LookupRefusedException extends RuntimeException {

    public enum Reason {
        /** No case has this number with this lookup code (whether or not the number exists). */
        WRONG_PAIR,
        /** The client got it wrong too often lately; it may try again at {@link #retryAt()}. */
        TOO_MANY_ATTEMPTS
    }

    private final Reason reason;
    private final Instant retryAt;

    public LookupRefusedException(Reason reason, Instant retryAt, String message) {
        super(message);
        this.reason = reason;
        this.retryAt = retryAt;
    }

    public Reason reason() {
        return reason;
    }

    /** When the client may try again; {@code null} for a wrong pair, which can be corrected at once. */
    public Instant retryAt() {
        return retryAt;
    }
}
