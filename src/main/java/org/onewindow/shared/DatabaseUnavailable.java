package org.onewindow.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (server down, refusing connections, connection cut, no connection
 * within the pool's timeout) from a fault of the request itself. The first is answered "try again in a minute,
 * nothing was saved", never with a stack trace; the transaction it interrupted was rolled back.
 */
public final class DatabaseUnavailable {

    /** The translation key of the message people see, in the {@code shared} bundles. */
    public static final String MESSAGE_KEY = "shared.error.databaseUnavailable";

    /**
     * The message for a sign-in that could not be checked for another reason inside the server: never "wrong
     * password" either. Loading the account can fail with a cause that no longer names the connection (a broken
     * connection whose rollback failed as well), so this is the rule for any failure that is not the credentials'.
     */
    public static final String SIGN_IN_UNCHECKED_KEY = "shared.error.signInUnchecked";

    private DatabaseUnavailable() {
    }

    /**
     * The message key for a sign-in that failed inside the server rather than on its credentials: the database
     * one when the database cannot be reached, {@link #SIGN_IN_UNCHECKED_KEY} for any other internal failure;
     * empty for a refusal of the credentials, which stays "wrong username or password" (a 401 on the API).
     */
    public static java.util.Optional<String> signInFailureMessageKey(Throwable failure) {
        if (causedBy(failure)) {
            return java.util.Optional.of(MESSAGE_KEY);
        }
        return failure instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                ? java.util.Optional.of(SIGN_IN_UNCHECKED_KEY) : java.util.Optional.empty();
    }

    /** True when {@code failure} or one of its causes says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        Throwable current = failure;
        // Bounded: cause chains can be long (Camunda, MyBatis, Hibernate, Spring wrap each other) or even cyclic.
        for (int depth = 0; current != null && depth < 30; depth++, current = current.getCause()) {
            // Not java.net.ConnectException itself: an SMS gateway or SMTP server out of reach is not the database.
            if (current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
                return true;
            }
            if (current instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // When the connection broke mid-transaction, the rollback fails too and Spring throws the rollback's
            // failure, which need not name the connection; the failure that caused the rollback is kept beside it.
            if (current instanceof org.springframework.transaction.TransactionSystemException rollback
                    && rollback.getApplicationException() != null && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL state class 08 is "connection exception" in the SQL standard; PostgreSQL's 57P01–57P03 are the
     * server shutting down, terminating the session or not accepting connections yet.
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
