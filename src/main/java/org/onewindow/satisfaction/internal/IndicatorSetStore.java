package org.onewindow.satisfaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code sat_indicator_set} and its {@code sat_indicator} rows. A version is written once as a draft, its indicators
 * replaced while it is one, and then only its state moves on (published, retired); so it is kept with JdbcClient
 * like the other answer-side tables, the state changes being guarded updates that tell whether they won.
 */
@Repository
class IndicatorSetStore {

    private final JdbcClient jdbc;

    IndicatorSetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IndicatorSet> find(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(IndicatorSetStore::row).optional()
                .map(this::withIndicators);
    }

    Optional<IndicatorSet> published(EvaluationChannel channel) {
        return jdbc.sql(SELECT + " where s.channel = :channel and s.state = 'PUBLISHED'")
                .param("channel", channel.name()).query(IndicatorSetStore::row).optional().map(this::withIndicators);
    }

    /** Every version of the channel, newest first. */
    List<IndicatorSet> history(EvaluationChannel channel) {
        return jdbc.sql(SELECT + " where s.channel = :channel order by s.version desc")
                .param("channel", channel.name()).query(IndicatorSetStore::row).list().stream()
                .map(this::withIndicators).toList();
    }

    boolean hasDraft(EvaluationChannel channel) {
        return jdbc.sql("select count(*) from sat_indicator_set where channel = :channel and state = 'DRAFT'")
                .param("channel", channel.name()).query(Long.class).single() > 0;
    }

    int newestVersion(EvaluationChannel channel) {
        return jdbc.sql("select coalesce(max(version), 0) from sat_indicator_set where channel = :channel")
                .param("channel", channel.name()).query(Integer.class).single();
    }

    /**
     * A new draft version; a duplicate key when another draft of the same version was written meanwhile (unique
     * channel and version).
     */
    long insertDraft(EvaluationChannel channel, int version, String note, List<Indicator> indicators, Instant at,
            String by) {
        jdbc.sql("""
                insert into sat_indicator_set (channel, version, state, note, created_at, created_by)
                values (:channel, :version, 'DRAFT', :note, :at, :by)""").param("channel", channel.name())
                .param("version", version).param("note", note).param("at", utc(at)).param("by", by).update();
        long id = jdbc.sql("select id from sat_indicator_set where channel = :channel and version = :version")
                .param("channel", channel.name()).param("version", version).query(Long.class).single();
        insertIndicators(id, indicators);
        return id;
    }

    /** Changes a draft; false when it is no draft (any more). */
    boolean updateDraft(long id, String note, List<Indicator> indicators) {
        if (jdbc.sql("update sat_indicator_set set note = :note where id = :id and state = 'DRAFT'")
                .param("note", note).param("id", id).update() != 1) {
            return false;
        }
        jdbc.sql("delete from sat_indicator where set_id = :id").param("id", id).update();
        insertIndicators(id, indicators);
        return true;
    }

    /** Deletes a draft; false when it is no draft (any more). */
    boolean deleteDraft(long id) {
        if (jdbc.sql("select count(*) from sat_indicator_set where id = :id and state = 'DRAFT'").param("id", id)
                .query(Long.class).single() == 0) {
            return false;
        }
        jdbc.sql("delete from sat_indicator where set_id = :id").param("id", id).update();
        return jdbc.sql("delete from sat_indicator_set where id = :id and state = 'DRAFT'").param("id", id)
                .update() == 1;
    }

    /**
     * Publishes the draft and retires the channel's published version, in the caller's transaction. The draft's row
     * is claimed first: of two publications at once, the second waits for the first's row lock and then finds no
     * draft, so it changes nothing and returns false.
     */
    boolean publish(long id, EvaluationChannel channel, Instant at, String by) {
        if (jdbc.sql("""
                update sat_indicator_set set state = 'PUBLISHED', published_at = :at, published_by = :by
                where id = :id and state = 'DRAFT'""").param("at", utc(at)).param("by", by).param("id", id)
                .update() != 1) {
            return false;
        }
        jdbc.sql("update sat_indicator_set set state = 'RETIRED' where channel = :channel and state = 'PUBLISHED' "
                + "and id <> :id").param("channel", channel.name()).param("id", id).update();
        return true;
    }

    private void insertIndicators(long setId, List<Indicator> indicators) {
        int position = 1;
        for (Indicator indicator : indicators) {
            jdbc.sql("""
                    insert into sat_indicator (set_id, position, code, name_zh, name_en)
                    values (:set, :position, :code, :zh, :en)""").param("set", setId).param("position", position++)
                    .param("code", indicator.code()).param("zh", indicator.nameZh()).param("en", indicator.nameEn())
                    .update();
        }
    }

    /** The indicators of these sets, each set's in its order. */
    Map<Long, List<Indicator>> indicators(java.util.Collection<Long> setIds) {
        Map<Long, List<Indicator>> bySet = new LinkedHashMap<>();
        if (setIds.isEmpty()) {
            return bySet;
        }
        jdbc.sql("select set_id, code, name_zh, name_en from sat_indicator where set_id in (:ids) "
                + "order by set_id, position").param("ids", setIds).query((ResultSet rs) -> {
                    bySet.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Indicator(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return bySet;
    }

    private IndicatorSet withIndicators(IndicatorSet set) {
        return new IndicatorSet(set.id(), set.channel(), set.version(), set.state(), set.note(),
                indicators(List.of(set.id())).getOrDefault(set.id(), List.of()), set.createdAt(), set.createdBy(),
                set.publishedAt(), set.publishedBy());
    }

    private static final String SELECT = "select s.id, s.channel, s.version, s.state, s.note, s.created_at, "
            + "s.created_by, s.published_at, s.published_by from sat_indicator_set s";

    private static IndicatorSet row(ResultSet rs, int row) throws SQLException {
        return new IndicatorSet(rs.getLong(1), EvaluationChannel.valueOf(rs.getString(2)), rs.getInt(3),
                IndicatorSetState.valueOf(rs.getString(4)), rs.getString(5), List.of(),
                instant(rs.getObject(6, OffsetDateTime.class)), rs.getString(7),
                instant(rs.getObject(8, OffsetDateTime.class)), rs.getString(9));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
