package org.onewindow.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.onewindow.notification.DispatchState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code notification_dispatch}: the one row that pauses or releases sending on every node. In the database, not in
 * a node's memory, so that a node started later, or one that missed the release, does what the cluster does.
 */
@Repository
class DispatchSwitch {

    private final JdbcClient jdbc;

    DispatchSwitch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean paused() {
        return state().paused();
    }

    DispatchState state() {
        return jdbc.sql("select paused, changed_at, changed_by from notification_dispatch where id = 1")
                .query(DispatchSwitch::map).optional().orElse(new DispatchState(false, null, null));
    }

    void pause(String by, Instant at) {
        set(true, by, at);
    }

    /** True when sending was paused and is released now. */
    boolean release(String by, Instant at) {
        return set(false, by, at);
    }

    private boolean set(boolean paused, String by, Instant at) {
        return jdbc.sql("update notification_dispatch set paused = :paused, changed_at = :at, changed_by = :by "
                + "where id = 1 and paused <> :paused").param("paused", paused)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).update() == 1;
    }

    private static DispatchState map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime at = rs.getObject("changed_at", OffsetDateTime.class);
        return new DispatchState(rs.getBoolean("paused"), at == null ? null : at.toInstant(),
                rs.getString("changed_by"));
    }
}
