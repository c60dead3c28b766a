package org.onewindow.open311;

import java.time.Instant;

/**
 * An API key of an Open311 client, as administrators see it: never the key itself, only how it starts.
 *
 * @param prefix the first characters of the key, so that a client's key can be recognised
 * @param requestsPerMinute how many service requests the client may post per minute
 * @param lastUsedAt when the client last posted with it, or {@code null}
 */
public record ApiKey(long id, String name, String prefix, int requestsPerMinute, Instant createdAt, String createdBy,
        Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
