package org.onewindow.open311.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests per minute of each API key, counted in the database so that every node of a cluster counts against
 * the same limit: one row per key and clock minute ({@code o311_rate_window}). A fixed window lets a client send
 * up to twice its limit across a minute's boundary, which is fine for keeping a misbehaving client from
 * flooding the hall's queues.
 *
 * <p>Deliberately outside any transaction: each statement commits on its own, so a request counts even when its
 * registration fails afterwards, and a lost race to create the minute's row does not spoil a transaction.
 */
@Component
public class RequestRateLimiter {

    private final JdbcClient jdbc;
    private final ApiKeyStore keys;
    private final Clock clock;

    RequestRateLimiter(JdbcClient jdbc, ApiKeyStore keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** What the limiter said: allowed, or refused until the next minute. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    /** Counts one request of the client if its limit allows it. */
    public Decision acquire(ApiClient client) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        // Increments only below the limit, atomically: concurrent requests never push the count past it.
        boolean allowed = increment(client, window) || (insertFirst(client, window) || increment(client, window));
        if (!allowed) {
            return new Decision(false, Duration.between(now, window.plus(Duration.ofMinutes(1))));
        }
        keys.markUsed(client.keyId(), now);
        return new Decision(true, Duration.ZERO);
    }

    private boolean increment(ApiClient client, Instant window) {
        return jdbc.sql("update o311_rate_window set used = used + 1 "
                + "where api_key_id = :key and window_start = :window and used < :limit")
                .param("key", client.keyId()).param("window", ApiKeyStore.utc(window))
                .param("limit", client.requestsPerMinute()).update() == 1;
    }

    /** The minute's first request; false when another request created the row first, or it exists (full). */
    private boolean insertFirst(ApiClient client, Instant window) {
        if (exists(client, window)) {
            return false;
        }
        try {
            jdbc.sql("insert into o311_rate_window (api_key_id, window_start, used) values (:key, :window, 1)")
                    .param("key", client.keyId()).param("window", ApiKeyStore.utc(window)).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        // Earlier minutes are of no more use; the primary key makes this a short range delete.
        jdbc.sql("delete from o311_rate_window where api_key_id = :key and window_start < :window")
                .param("key", client.keyId()).param("window", ApiKeyStore.utc(window)).update();
        return true;
    }

    private boolean exists(ApiClient client, Instant window) {
        return jdbc.sql("select count(*) from o311_rate_window where api_key_id = :key and window_start = :window")
                .param("key", client.keyId()).param("window", ApiKeyStore.utc(window)).query(Long.class).single() > 0;
    }
}
