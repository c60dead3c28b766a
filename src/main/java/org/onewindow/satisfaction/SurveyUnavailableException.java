package org.onewindow.satisfaction;

/** The survey link cannot be used; {@link #reason()} says why, for a clear message to the citizen. */
public class SurveyUnavailableException extends RuntimeException {

    public enum Reason {
        UNKNOWN, USED, EXPIRED, STAFF,
        /** The QR code of a result notice that was reprinted since: only the newest notice's works. */
        REPLACED
    }

    private final Reason reason;

    public SurveyUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
