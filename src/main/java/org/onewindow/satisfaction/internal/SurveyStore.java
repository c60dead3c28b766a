package org.onewindow.satisfaction.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.SurveyAnswers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sat_invitation} and {@code sat_response}. */
@Repository
class SurveyStore {

    record Invitation(long id, String caseNumber, String serviceItemCode, String serviceItemName,
            String leadDepartmentCode, Instant closedAt, Instant expiresAt, Instant answeredAt, int phoneAttempts,
            String status, Instant supplementedAt) {
    }

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the invitation of a case, or gives an existing one a new token (a retried job). */
    void upsertInvitation(String caseNumber, String tokenHash, String itemCode, String itemName, String department,
            Instant closedAt, Instant now, Instant expiresAt) {
        int updated = jdbc.sql("update sat_invitation set token_hash = :hash, expires_at = :expires "
                + "where case_number = :n and answered_at is null").param("hash", tokenHash)
                .param("expires", utc(expiresAt)).param("n", caseNumber).update();
        if (updated == 0 && findByCase(caseNumber).isEmpty()) {
            jdbc.sql("""
                    insert into sat_invitation (case_number, token_hash, service_item_code, service_item_name,
                        lead_department_code, closed_at, created_at, expires_at, status)
                    values (:n, :hash, :item, :itemName, :department, :closed, :now, :expires, 'OPEN')""")
                    .param("n", caseNumber).param("hash", tokenHash).param("item", itemCode).param("itemName", itemName)
                    .param("department", department).param("closed", utc(closedAt)).param("now", utc(now))
                    .param("expires", utc(expiresAt)).update();
        }
    }

    /** A new token for the invitation (the old link stops working) and a new expiry. */
    void replaceToken(long invitationId, String tokenHash, Instant expiresAt) {
        jdbc.sql("update sat_invitation set token_hash = :hash, expires_at = :expires where id = :id")
                .param("hash", tokenHash).param("expires", utc(expiresAt)).param("id", invitationId).update();
    }

    Optional<Invitation> findByTokenHash(String hash) {
        return jdbc.sql(SELECT + " where token_hash = :hash").param("hash", hash).query(SurveyStore::map).optional();
    }

    Optional<Invitation> findByCase(String caseNumber) {
        return jdbc.sql(SELECT + " where case_number = :n").param("n", caseNumber).query(SurveyStore::map).optional();
    }

    /** Marks the invitation answered; false when it already was (the token is single-use, also under races). */
    boolean markAnswered(long invitationId, Instant at) {
        return jdbc.sql("update sat_invitation set answered_at = :at, status = 'ANSWERED' where id = :id "
                + "and answered_at is null").param("at", utc(at)).param("id", invitationId).update() == 1;
    }

    /** Marks the supplementary review given; false when it already was. */
    boolean markSupplemented(long invitationId, Instant at) {
        return jdbc.sql("update sat_invitation set supplemented_at = :at where id = :id and answered_at is not null "
                + "and supplemented_at is null").param("at", utc(at)).param("id", invitationId).update() == 1;
    }

    void insertSupplementary(Invitation invitation, int overall, String comment, Instant at) {
        jdbc.sql("""
                insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code, closed_at,
                    overall, timeliness, attitude, transparency, convenience, outcome, visits, comment, channel,
                    answered_at, supplementary)
                select invitation_id, case_number, service_item_code, lead_department_code, closed_at, :overall,
                    timeliness, attitude, transparency, convenience, outcome, visits, :comment, channel, :at, true
                from sat_response where invitation_id = :inv and supplementary = false""")
                .param("overall", overall).param("comment", comment).param("at", utc(at)).param("inv", invitation.id())
                .update();
    }

    int addPhoneAttempt(long invitationId, int max) {
        jdbc.sql("update sat_invitation set phone_attempts = phone_attempts + 1, status = case when phone_attempts + 1 "
                + ">= :max then 'UNREACHABLE' else status end where id = :id").param("max", max).param("id", invitationId)
                .update();
        return jdbc.sql("select phone_attempts from sat_invitation where id = :id").param("id", invitationId)
                .query(Integer.class).single();
    }

    void insertResponse(Invitation invitation, SurveyAnswers answers, AnswerChannel channel, String recordedBy,
            Instant at) {
        jdbc.sql("""
                insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code, closed_at,
                    overall, timeliness, attitude, transparency, convenience, outcome, visits, comment, channel,
                    recorded_by, answered_at)
                values (:inv, :n, :item, :department, :closed, :overall, :timeliness, :attitude, :transparency,
                    :convenience, :outcome, :visits, :comment, :channel, :by, :at)""")
                .param("inv", invitation.id()).param("n", invitation.caseNumber())
                .param("item", invitation.serviceItemCode()).param("department", invitation.leadDepartmentCode())
                .param("closed", utc(invitation.closedAt())).param("overall", answers.overall().score())
                .param("timeliness", answers.timeliness()).param("attitude", answers.attitude())
                .param("transparency", answers.transparency()).param("convenience", answers.convenience())
                .param("outcome", answers.outcome()).param("visits", answers.visits())
                .param("comment", answers.comment() == null || answers.comment().isBlank() ? null : answers.comment().strip())
                .param("channel", channel.name()).param("by", recordedBy).param("at", utc(at)).update();
    }

    long countResponses(String caseNumber) {
        return jdbc.sql("select count(*) from sat_response where case_number = :n").param("n", caseNumber)
                .query(Long.class).single();
    }

    private static final String SELECT = "select id, case_number, service_item_code, service_item_name, "
            + "lead_department_code, closed_at, expires_at, answered_at, phone_attempts, status, supplemented_at "
            + "from sat_invitation";

    private static Invitation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Invitation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class)),
                instant(rs.getObject(8, OffsetDateTime.class)), rs.getInt(9), rs.getString(10),
                instant(rs.getObject(11, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
