package org.onewindow.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * {@code notification_outbox}. A message is claimed by one dispatcher at a time with a conditional update
 * (the database decides who wins), which works the same on H2 and PostgreSQL and across nodes.
 */
@Repository
class OutboxStore {

    private static final String COLUMNS = "id, channel, recipient, subject, body, case_number, purpose, status, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OutboundMessage message, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into notification_outbox (channel, recipient, subject, body, case_number, purpose, status, attempts,
                            next_attempt_at, created_at)
                        values (:channel, :recipient, :subject, :body, :caseNumber, :purpose, 'PENDING', 0, :now, :now)""")
                .param("channel", message.channel().name()).param("recipient", message.recipient())
                .param("subject", message.subject()).param("body", message.body())
                .param("caseNumber", message.caseNumber()).param("purpose", message.purpose()).param("now", utc(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Long> dueIds(Instant now, int limit) {
        return jdbc.sql("select id from notification_outbox where status = 'PENDING' and next_attempt_at <= :now "
                + "and (claimed_until is null or claimed_until < :now) order by next_attempt_at, id "
                + "fetch first " + limit + " rows only").param("now", utc(now)).query(Long.class).list();
    }

    /** True when this node got the message; false when another node holds it or it is no longer due. */
    boolean claim(long id, String node, Instant now, Instant until) {
        return jdbc.sql("update notification_outbox set claimed_by = :node, claimed_until = :until where id = :id "
                + "and status = 'PENDING' and (claimed_until is null or claimed_until < :now)")
                .param("node", node).param("until", utc(until)).param("id", id).param("now", utc(now)).update() == 1;
    }

    void markSent(long id, String node, Instant at) {
        jdbc.sql("update notification_outbox set status = 'SENT', sent_at = :at, attempts = attempts + 1, "
                + "claimed_by = null, claimed_until = null, last_error = null where id = :id and claimed_by = :node")
                .param("at", utc(at)).param("id", id).param("node", node).update();
    }

    void markFailed(long id, String node, String error, Instant nextAttempt, boolean permanent) {
        jdbc.sql("update notification_outbox set status = :status, attempts = attempts + 1, next_attempt_at = :next, "
                + "last_error = :error, claimed_by = null, claimed_until = null where id = :id and claimed_by = :node")
                .param("status", permanent ? "FAILED" : "PENDING").param("next", utc(nextAttempt))
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error).param("id", id)
                .param("node", node).update();
    }

    /** For tests and operators: makes a waiting message due at once. */
    void markDueNow(long id, Instant at) {
        jdbc.sql("update notification_outbox set next_attempt_at = :at where id = :id").param("at", utc(at))
                .param("id", id).update();
    }

    int retry(long id, Instant now) {
        return jdbc.sql("update notification_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now, "
                + "claimed_by = null, claimed_until = null where id = :id and status = 'FAILED'")
                .param("now", utc(now)).param("id", id).update();
    }

    Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification_outbox where id = :id").param("id", id)
                .query(OutboxStore::map).optional();
    }

    List<OutboxMessage> page(MessageStatus status, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from notification_outbox"
                + (status == null ? "" : " where status = :status") + " order by created_at desc, id desc offset "
                + page.offset() + " rows fetch next " + page.limit() + " rows only")
                .params(status == null ? java.util.Map.of() : java.util.Map.of("status", status.name()))
                .query(OutboxStore::map).list();
    }

    long count(MessageStatus status) {
        return jdbc.sql("select count(*) from notification_outbox" + (status == null ? "" : " where status = :status"))
                .params(status == null ? java.util.Map.of() : java.util.Map.of("status", status.name()))
                .query(Long.class).single();
    }

    List<OutboxMessage> byCase(String caseNumber) {
        return jdbc
                .sql("select " + COLUMNS + " from notification_outbox where case_number = :n order by created_at, id")
                .param("n", caseNumber).query(OutboxStore::map).list();
    }

    /**
     * The cases' SMS, and their e-mails of the given purposes (those to the citizen, not to staff); newest first,
     * served by ix_outbox_case.
     */
    List<OutboxMessage> toCitizens(java.util.Collection<String> caseNumbers, java.util.Collection<String> emailPurposes,
            int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification_outbox where case_number in (:numbers) "
                + "and (channel = 'SMS' or (channel = 'EMAIL' and purpose in (:purposes))) "
                + "order by created_at desc, id desc fetch first " + limit + " rows only")
                .param("numbers", caseNumbers).param("purposes", emailPurposes).query(OutboxStore::map).list();
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), MessageChannel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("case_number"),
                rs.getString("purpose"), MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
