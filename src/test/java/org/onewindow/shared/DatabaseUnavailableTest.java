package org.onewindow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are "the database cannot be reached" (503, try again) rather than a fault of the request. */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAreRecognisedThroughAnyWrapping() {
        // Hikari's timeout, as Spring's transaction manager reports it.
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        // A session terminated by the server (PostgreSQL 57P01), wrapped as the engine wraps it.
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("ENGINE-03004",
                new RuntimeException("MyBatis", new SQLException("terminating connection", "57P01"))))).isTrue();
        // An I/O error on an open connection, and a refused TCP connection (SQL state class 08, as the driver says).
        assertThat(DatabaseUnavailable.causedBy(new SQLException("An I/O error occurred", "08006"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused")))))
                .isTrue();
    }

    @Test
    void aRollbackThatFailedAfterTheConnectionBrokeIsRecognisedByWhatCausedIt() {
        // As Spring's transaction interceptor throws it: the rollback's own failure, the original one attached.
        TransactionSystemException rollback = new TransactionSystemException("Could not roll back JPA transaction",
                new IllegalStateException("Unable to rollback against JDBC Connection"));
        rollback.initApplicationException(new DataAccessResourceFailureException("JDBC exception executing SQL",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("sign-in failed", rollback))).isTrue();

        TransactionSystemException unrelated = new TransactionSystemException("Could not commit",
                new IllegalStateException("constraint"));
        unrelated.initApplicationException(new IllegalArgumentException("a bug"));
        assertThat(DatabaseUnavailable.causedBy(unrelated)).isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
        // The SMS gateway or the SMTP server out of reach is not the database.
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("I/O error on POST",
                new ConnectException("Connection refused")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
