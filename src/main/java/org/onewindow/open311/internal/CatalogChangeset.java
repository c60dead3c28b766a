package org.onewindow.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the published service definitions last changed, for the discovery document's {@code changeset}: clients
 * refresh their cached service lists when it moves. The catalog keeps no modification times, so this compares a
 * fingerprint of what the API publishes with the one stored ({@code o311_catalog_changeset}) and records the time
 * it first saw a new one. Shared by the nodes of a cluster through the database, and outside any transaction so
 * that a lost race to record the change is simply read back.
 */
@Component
public class CatalogChangeset {

    private final JdbcClient jdbc;
    private final Clock clock;

    CatalogChangeset(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The time the published content last changed, given that content in a canonical form. */
    public Instant lastChange(String publishedContent) {
        String fingerprint = sha256(publishedContent);
        Instant now = clock.instant();
        var stored = jdbc.sql("select fingerprint, changed_at from o311_catalog_changeset where id = 1")
                .query((rs, row) -> new Stored(rs.getString("fingerprint"), ApiKeyStore.instant(rs, "changed_at")))
                .optional();
        if (stored.isEmpty()) {
            try {
                jdbc.sql("insert into o311_catalog_changeset (id, fingerprint, changed_at) values (1, :f, :at)")
                        .param("f", fingerprint).param("at", ApiKeyStore.utc(now)).update();
                return now;
            } catch (DuplicateKeyException e) {
                return lastChange(publishedContent);
            }
        }
        if (stored.get().fingerprint().equals(fingerprint)) {
            return stored.get().changedAt();
        }
        jdbc.sql(
                "update o311_catalog_changeset set fingerprint = :f, changed_at = :at where id = 1 and fingerprint = :old")
                .param("f", fingerprint).param("at", ApiKeyStore.utc(now)).param("old", stored.get().fingerprint())
                .update();
        return jdbc.sql("select changed_at from o311_catalog_changeset where id = 1")
                .query((rs, row) -> ApiKeyStore.instant(rs, "changed_at")).single();
    }

    private record Stored(String fingerprint, Instant changedAt) {
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
