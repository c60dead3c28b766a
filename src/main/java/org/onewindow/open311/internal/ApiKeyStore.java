package org.onewindow.open311.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.open311.ApiKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code o311_api_key}: the keys by their hash, never the keys themselves. */
@Repository
class ApiKeyStore {

    private static final String COLUMNS = "id, name, key_prefix, requests_per_minute, created_at, created_by, revoked_at, "
            + "revoked_by, last_used_at";

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String keyHash, String prefix, int requestsPerMinute, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into o311_api_key (name, key_hash, key_prefix, requests_per_minute, created_at, created_by) "
                + "values (:name, :hash, :prefix, :rate, :at, :by)")
                .param("name", name).param("hash", keyHash).param("prefix", prefix).param("rate", requestsPerMinute)
                .param("at", utc(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<ApiKey> all() {
        return jdbc.sql("select " + COLUMNS + " from o311_api_key "
                + "order by case when revoked_at is null then 0 else 1 end, created_at desc, id desc")
                .query(ApiKeyStore::map).list();
    }

    Optional<ApiKey> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from o311_api_key where id = :id").param("id", id)
                .query(ApiKeyStore::map).optional();
    }

    Optional<ApiKey> findByHash(String keyHash) {
        return jdbc.sql("select " + COLUMNS + " from o311_api_key where key_hash = :hash").param("hash", keyHash)
                .query(ApiKeyStore::map).optional();
    }

    boolean activeNameExists(String name) {
        return jdbc.sql("select count(*) from o311_api_key where lower(name) = lower(:name) and revoked_at is null")
                .param("name", name).query(Long.class).single() > 0;
    }

    /** Revokes the key if it is still active; false when it was revoked already. */
    boolean revoke(long id, Instant at, String by) {
        return jdbc
                .sql("update o311_api_key set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
                .param("at", utc(at)).param("by", by).param("id", id).update() == 1;
    }

    void markUsed(long id, Instant at) {
        jdbc.sql("update o311_api_key set last_used_at = :at where id = :id").param("at", utc(at)).param("id", id)
                .update();
    }

    private static ApiKey map(ResultSet rs, int row) throws SQLException {
        return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                rs.getInt("requests_per_minute"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "revoked_at"), rs.getString("revoked_by"), instant(rs, "last_used_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
