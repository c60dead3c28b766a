package org.onewindow.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.exchange.ExchangeDay;
import org.onewindow.exchange.ExchangeRecord;
import org.onewindow.exchange.RecordStatus;
import org.onewindow.exchange.RecordType;
import org.onewindow.exchange.UnacknowledgedClosing;
import org.onewindow.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code exch_record}. Records are claimed a batch at a time by one sender with a conditional update (the database
 * decides who wins), which works the same on H2 and PostgreSQL and across nodes: the notification outbox's pattern.
 */
@Repository
class RecordStore {

    /** A claimed record, as the sender needs it. */
    record Claimed(long id, String recordId, String caseNumber, String payload, int attempts) {
    }

    private static final String COLUMNS = "record_id, record_type, case_number, status, attempts, last_answer, "
            + "created_at, next_attempt_at, sent_at";

    private final JdbcClient jdbc;

    RecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes a record to send; false when a record of that id exists already (the step that writes it ran before, or
     * was retried), which keeps it. Checked first, so that on PostgreSQL no failed insert spoils the caller's
     * transaction; the unique key still refuses a second row written at the same moment.
     */
    boolean insert(String recordId, RecordType type, String caseNumber, String payload, LocalDate day, Instant now) {
        if (exists(recordId)) {
            return false;
        }
        jdbc.sql("""
                insert into exch_record (record_id, record_type, case_number, record_day, payload, status, attempts,
                    next_attempt_at, created_at)
                values (:recordId, :type, :caseNumber, :day, :payload, 'PENDING', 0, :now, :now)""")
                .param("recordId", recordId).param("type", type.name()).param("caseNumber", caseNumber)
                .param("day", day).param("payload", payload).param("now", utc(now)).update();
        return true;
    }

    boolean exists(String recordId) {
        return jdbc.sql("select count(*) from exch_record where record_id = :id").param("id", recordId)
                .query(Long.class).single() > 0;
    }

    /**
     * Claims up to {@code limit} due records for this round ({@code token}, unique per round and node) and returns
     * them, oldest due first. Records another round holds, or that stopped being due, are left out.
     */
    List<Claimed> claim(String token, Instant now, Instant until, int limit) {
        List<Long> due = jdbc.sql("select id from exch_record where status = 'PENDING' and next_attempt_at <= :now "
                + "and (claimed_until is null or claimed_until < :now) order by next_attempt_at, id "
                + "fetch first " + limit + " rows only").param("now", utc(now)).query(Long.class).list();
        if (due.isEmpty()) {
            return List.of();
        }
        jdbc.sql("update exch_record set claimed_by = :token, claimed_until = :until where id in (:ids) "
                + "and status = 'PENDING' and (claimed_until is null or claimed_until < :now)")
                .param("token", token).param("until", utc(until)).param("ids", due).param("now", utc(now)).update();
        return jdbc.sql("select id, record_id, case_number, payload, attempts from exch_record "
                + "where claimed_by = :token and status = 'PENDING' order by next_attempt_at, id")
                .param("token", token)
                .query((rs, row) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .list();
    }

    /** The platform acknowledged these records (accepted or known already). */
    void markSent(Collection<Long> ids, String token, String answer, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update exch_record set status = 'SENT', sent_at = :at, answered_at = :at, attempts = attempts + 1, "
                + "last_answer = :answer, claimed_by = null, claimed_until = null "
                + "where id in (:ids) and claimed_by = :token").param("at", utc(at)).param("answer", cut(answer))
                .param("ids", ids).param("token", token).update();
    }

    /** The platform refused the record: it waits for an administrator, with the platform's answer. */
    void markFailed(long id, String token, String answer, Instant at) {
        jdbc.sql("update exch_record set status = 'FAILED', answered_at = :at, attempts = attempts + 1, "
                + "last_answer = :answer, claimed_by = null, claimed_until = null where id = :id and claimed_by = :token")
                .param("at", utc(at)).param("answer", cut(answer)).param("id", id).param("token", token).update();
    }

    /** The attempt failed in a way the platform may recover from: tried again at {@code next}. */
    void markRetry(long id, String token, String answer, Instant at, Instant next) {
        jdbc.sql("update exch_record set attempts = attempts + 1, next_attempt_at = :next, answered_at = :at, "
                + "last_answer = :answer, claimed_by = null, claimed_until = null where id = :id and claimed_by = :token")
                .param("next", utc(next)).param("at", utc(at)).param("answer", cut(answer)).param("id", id)
                .param("token", token).update();
    }

    /** A FAILED record is sent again with the next round; false when it is not FAILED. */
    boolean resend(String recordId, Instant now) {
        return jdbc.sql("update exch_record set status = 'PENDING', attempts = 0, next_attempt_at = :now, "
                + "claimed_by = null, claimed_until = null where record_id = :id and status = 'FAILED'")
                .param("now", utc(now)).param("id", recordId).update() == 1;
    }

    Optional<ExchangeRecord> find(String recordId) {
        return jdbc.sql("select " + COLUMNS + " from exch_record where record_id = :id").param("id", recordId)
                .query(RecordStore::map).optional();
    }

    List<ExchangeRecord> byCase(String caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from exch_record where case_number = :n order by created_at, id")
                .param("n", caseNumber).query(RecordStore::map).list();
    }

    List<ExchangeRecord> page(RecordStatus status, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from exch_record" + (status == null ? "" : " where status = :status")
                + " order by created_at desc, id desc offset " + page.offset() + " rows fetch next " + page.limit()
                + " rows only").params(status == null ? Map.of() : Map.of("status", status.name()))
                .query(RecordStore::map).list();
    }

    long count(RecordStatus status) {
        return jdbc.sql("select count(*) from exch_record" + (status == null ? "" : " where status = :status"))
                .params(status == null ? Map.of() : Map.of("status", status.name())).query(Long.class).single();
    }

    /** Per day of writing, newest first: the records by state and the platform's last answer of that day. */
    List<ExchangeDay> days(int limit) {
        return jdbc.sql("""
                select r.record_day,
                    sum(case when r.status = 'SENT' then 1 else 0 end),
                    sum(case when r.status = 'PENDING' then 1 else 0 end),
                    sum(case when r.status = 'FAILED' then 1 else 0 end),
                    (select a.last_answer from exch_record a where a.record_day = r.record_day
                        and a.answered_at is not null order by a.answered_at desc, a.id desc fetch first 1 rows only)
                from exch_record r group by r.record_day order by r.record_day desc fetch first %d rows only"""
                .formatted(limit))
                .query((rs, row) -> new ExchangeDay(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getString(5)))
                .list();
    }

    /** Closings the platform has not acknowledged, the longest waiting first. */
    List<UnacknowledgedClosing> unacknowledgedClosings(int limit) {
        return jdbc.sql("select case_number, status, attempts, last_answer, created_at from exch_record "
                + "where record_type = 'CASE_CLOSED' and status <> 'SENT' order by created_at, id fetch first " + limit
                + " rows only")
                .query((rs, row) -> new UnacknowledgedClosing(rs.getString(1), RecordStatus.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getString(4), instant(rs, "created_at")))
                .list();
    }

    /** For tests and the benchmark: how many records of these ids are in each state. */
    Map<String, Long> statuses(Collection<String> recordIds) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select status, count(*) from exch_record where record_id in (:ids) group by status")
                .param("ids", recordIds).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** The stored content of a record (personal fields included): for the sender and tests only. */
    Optional<String> payload(String recordId) {
        return jdbc.sql("select payload from exch_record where record_id = :id").param("id", recordId)
                .query(String.class).optional();
    }

    private static ExchangeRecord map(ResultSet rs, int row) throws SQLException {
        return new ExchangeRecord(rs.getString("record_id"), RecordType.valueOf(rs.getString("record_type")),
                rs.getString("case_number"), RecordStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_answer"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"));
    }

    private static String cut(String answer) {
        return answer == null || answer.length() <= 1000 ? answer : answer.substring(0, 999) + "…";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
