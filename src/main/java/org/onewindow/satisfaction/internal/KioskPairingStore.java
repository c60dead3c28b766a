package org.onewindow.satisfaction.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sat_kiosk_pairing}: which staff member's window a kiosk key belongs to, and until when. */
@Repository
class KioskPairingStore {

    record Pairing(long id, String staffUsername, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    }

    private final JdbcClient jdbc;

    KioskPairingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends the staff member's pairings still in force: a window has one kiosk. */
    void revokeAll(String staffUsername, Instant at) {
        jdbc.sql("update sat_kiosk_pairing set revoked_at = :at where staff_username = :u and revoked_at is null")
                .param("at", utc(at)).param("u", staffUsername).update();
    }

    void insert(String staffUsername, String keyHash, Instant createdAt, Instant expiresAt) {
        jdbc.sql("insert into sat_kiosk_pairing (staff_username, key_hash, created_at, expires_at) "
                + "values (:u, :hash, :created, :expires)").param("u", staffUsername).param("hash", keyHash)
                .param("created", utc(createdAt)).param("expires", utc(expiresAt)).update();
    }

    Optional<Pairing> findByKeyHash(String keyHash) {
        return jdbc.sql("select id, staff_username, created_at, expires_at, revoked_at from sat_kiosk_pairing "
                + "where key_hash = :hash").param("hash", keyHash)
                .query((rs, row) -> new Pairing(rs.getLong(1), rs.getString(2),
                        instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class))))
                .optional();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
