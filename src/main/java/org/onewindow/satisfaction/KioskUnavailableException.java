package org.onewindow.satisfaction;

/** The kiosk link cannot be used; {@link #reason()} says why, for a clear message on the tablet. */
public class KioskUnavailableException extends RuntimeException {

    public enum Reason {
        /** No such key (mistyped, or never issued). */
        UNKNOWN,
        /** Its staff member paired a kiosk again since. */
        REVOKED,
        /** The hall's day it was issued for is over. */
        EXPIRED
    }

    private final Reason reason;

    public KioskUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
