package org.onewindow.intake.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrong case-number/lookup-code pairs by client ({@code intake_lookup_failure}), one row per failure. In the
 * database rather than in each node's memory: behind the hall's load balancer a client that drops its session
 * cookie lands on any node, and a per-node count would let it try once per node as often.
 */
@Repository
class LookupFailureStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    LookupFailureStore(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // A failure must stay counted although the lookup then fails, and the caller's transaction may be a
        // read-only one that is rolled back: the failure commits on its own.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The client's failures after {@code since}, newest first. */
    List<Instant> failuresSince(String client, Instant since) {
        // Served by ix_lookup_failure_client (client_key, failed_at); at most a few rows, since a blocked client's
        // attempts are not recorded.
        return jdbc.sql("""
                select failed_at from intake_lookup_failure
                where client_key = :client and failed_at > :since
                order by failed_at desc""")
                .param("client", client).param("since", utc(since))
                .query((rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
    }

    void record(String client, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                "insert into intake_lookup_failure (client_key, failed_at) values (:client, :at)")
                .param("client", client).param("at", utc(at)).update());
    }

    /** Deletes failures at or before {@code cutoff}, which no longer count; returns how many. */
    int purge(Instant cutoff) {
        return ownTransaction.execute(status -> jdbc.sql("delete from intake_lookup_failure where failed_at <= :cutoff")
                .param("cutoff", utc(cutoff)).update());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
