package org.onewindow.directory.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.directory.SignInEvent;
import org.onewindow.directory.SignInEventKind;
import org.onewindow.directory.SignInLock;
import org.onewindow.directory.SignInLock.Subject;
import org.onewindow.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in events ({@code directory_sign_in_event}) and locks ({@code directory_sign_in_lock}). In the database
 * rather than in each node's memory: behind the load balancer every attempt may land on another node, and a
 * per-node count would allow as many guesses per node.
 */
@Repository
class SignInStore {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 64;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    SignInStore(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // A failed sign-in must stay recorded although the sign-in then fails with an exception.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void record(SignInEventKind kind, String username, String clientAddress, String actor, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                insert into directory_sign_in_event (occurred_at, kind, username, client_address, actor)
                values (:at, :kind, :username, :address, :actor)""")
                .param("at", utc(at)).param("kind", kind.name()).param("username", username)
                .param("address", clientAddress).param("actor", actor).update());
    }

    /** Failed sign-ins with this name after {@code since} (ix_sign_in_event_username). */
    int failuresOfAccount(String username, Instant since) {
        return jdbc.sql("""
                select count(*) from directory_sign_in_event
                where username = :username and kind = 'FAILED' and occurred_at > :since""")
                .param("username", username).param("since", utc(since)).query(Integer.class).single();
    }

    /** Failed sign-ins from this address after {@code since} (ix_sign_in_event_address). */
    int failuresFromAddress(String clientAddress, Instant since) {
        return jdbc.sql("""
                select count(*) from directory_sign_in_event
                where client_address = :address and kind = 'FAILED' and occurred_at > :since""")
                .param("address", clientAddress).param("since", utc(since)).query(Integer.class).single();
    }

    Optional<Instant> lastSignIn(String username) {
        return latest(jdbc.sql("""
                select max(occurred_at) from directory_sign_in_event
                where username = :username and kind = 'SIGNED_IN'""").param("username", username));
    }

    /** When the subject was last locked (lifted or not): failures before that were paid for by the lock. */
    Optional<Instant> lastLocked(Subject subject, String value) {
        return latest(jdbc.sql("""
                select max(locked_at) from directory_sign_in_lock
                where subject_kind = :kind and subject = :subject""")
                .param("kind", subject.name()).param("subject", value));
    }

    /** The latest end of a lock of the subject in force at {@code now}. */
    Optional<Instant> lockedUntil(Subject subject, String value, Instant now) {
        return latest(jdbc.sql("""
                select max(locked_until) from directory_sign_in_lock
                where subject_kind = :kind and subject = :subject and locked_until > :now and lifted_at is null""")
                .param("kind", subject.name()).param("subject", value).param("now", utc(now)));
    }

    void lock(Subject subject, String value, Instant at, Instant until) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                insert into directory_sign_in_lock (subject_kind, subject, locked_at, locked_until)
                values (:kind, :subject, :at, :until)""")
                .param("kind", subject.name()).param("subject", value).param("at", utc(at))
                .param("until", utc(until)).update());
    }

    List<SignInLock> activeLocks(Instant now) {
        return jdbc.sql("""
                select id, subject_kind, subject, locked_at, locked_until from directory_sign_in_lock
                where locked_until > :now and lifted_at is null order by locked_at desc""")
                .param("now", utc(now))
                .query((rs, i) -> new SignInLock(rs.getLong(1), Subject.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<SignInLock> activeLock(long id, Instant now) {
        return activeLocks(now).stream().filter(lock -> lock.id() == id).findFirst();
    }

    /** Lifts the lock if it is still in force; false when it ran out or was lifted meanwhile. */
    boolean lift(long id, Instant at, String liftedBy) {
        return jdbc.sql("""
                update directory_sign_in_lock set lifted_at = :at, lifted_by = :by
                where id = :id and lifted_at is null and locked_until > :at""")
                .param("id", id).param("at", utc(at)).param("by", liftedBy).update() == 1;
    }

    List<SignInEvent> events(PageRequest page) {
        return jdbc.sql("""
                select occurred_at, kind, username, client_address, actor from directory_sign_in_event
                order by occurred_at desc, id desc offset :offset rows fetch next :limit rows only""")
                .param("offset", page.offset()).param("limit", page.limit())
                .query((rs, i) -> new SignInEvent(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        SignInEventKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    long eventCount() {
        return jdbc.sql("select count(*) from directory_sign_in_event").query(Long.class).single();
    }

    private static Optional<Instant> latest(JdbcClient.StatementSpec statement) {
        // max() of no rows is one row holding null.
        List<OffsetDateTime> latest = statement.query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).list();
        return latest.stream().filter(java.util.Objects::nonNull).findFirst().map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
