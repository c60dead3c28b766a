package org.onewindow.satisfaction.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.SurveyAnswers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sat_invitation}, its tokens in {@code sat_survey_token}, and {@code sat_response}. */
@Repository
class SurveyStore {

    record Invitation(long id, String caseNumber, String serviceItemCode, String serviceItemName,
            String leadDepartmentCode, Instant closedAt, Instant expiresAt, Instant answeredAt, int phoneAttempts,
            String status, Instant supplementedAt, String deliveredBy, Instant kioskDismissedAt,
            String serviceItemNameEn, EvaluationStage stage) {
    }

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the invitation of a case, without a token; fails with a duplicate key when the case has one
     * already (see {@link Invitations#ensure}).
     */
    void insertInvitation(String caseNumber, String itemCode, String itemName, String itemNameEn, String department,
            Instant closedAt, String deliveredBy, Instant now, Instant expiresAt) {
        insertInvitation(EvaluationStage.CLOSING, caseNumber, itemCode, itemName, itemNameEn, department, closedAt,
                deliveredBy, now, expiresAt);
    }

    /**
     * Creates the invitation of a case for one stage (一事多评); the closing's has the closing time, the
     * acceptance's none. Fails with a duplicate key when the case has one for the stage already.
     */
    void insertInvitation(EvaluationStage stage, String caseNumber, String itemCode, String itemName,
            String itemNameEn, String department, Instant closedAt, String deliveredBy, Instant now,
            Instant expiresAt) {
        jdbc.sql("""
                insert into sat_invitation (case_number, service_item_code, service_item_name, service_item_name_en,
                    lead_department_code, closed_at, delivered_by, created_at, expires_at, status, stage)
                values (:n, :item, :itemName, :itemNameEn, :department, :closed, :deliveredBy, :now, :expires,
                    'OPEN', :stage)""")
                .param("stage", stage.name())
                .param("n", caseNumber).param("item", itemCode).param("itemName", itemName)
                .param("itemNameEn", itemNameEn)
                .param("department", department)
                .param("closed", closedAt == null ? null : utc(closedAt), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("deliveredBy", deliveredBy)
                .param("now", utc(now)).param("expires", utc(expiresAt)).update();
    }

    /** One more way into the invitation's survey: the SMS link or a printed notice. */
    void addToken(long invitationId, String tokenHash, TokenKind kind, Instant at) {
        jdbc.sql("insert into sat_survey_token (invitation_id, token_hash, kind, created_at) "
                + "values (:inv, :hash, :kind, :at)").param("inv", invitationId).param("hash", tokenHash)
                .param("kind", kind.name()).param("at", utc(at)).update();
    }

    /** Keeps the invitation open longer; every token of it works until then. */
    void extendExpiry(long invitationId, Instant expiresAt) {
        jdbc.sql("update sat_invitation set expires_at = :expires where id = :id")
                .param("expires", utc(expiresAt)).param("id", invitationId).update();
    }

    /** The invitation a token leads to; empty for an unknown token or one revoked by a reprinted notice. */
    Optional<Invitation> findByTokenHash(String hash) {
        return jdbc.sql(
                SELECT + " where i.id = (select t.invitation_id from sat_survey_token t where t.token_hash = :hash "
                        + "and t.revoked_at is null)")
                .param("hash", hash).query(SurveyStore::map).optional();
    }

    /** Whether the token was handed out and later revoked (its notice was reprinted). */
    boolean revoked(String hash) {
        return jdbc.sql("select count(*) from sat_survey_token where token_hash = :hash and revoked_at is not null")
                .param("hash", hash).query(Long.class).single() > 0;
    }

    /** The tokens of the notices printed so far stop working: a reprint replaces them. */
    void revokeNoticeTokens(long invitationId, Instant at) {
        jdbc.sql("update sat_survey_token set revoked_at = :at where invitation_id = :inv and kind = :kind "
                + "and revoked_at is null").param("at", utc(at)).param("inv", invitationId)
                .param("kind", TokenKind.NOTICE.name()).update();
    }

    /**
     * Locks the invitation's row until the transaction ends: prints of its notice on two screens (or two nodes)
     * at once then run one after the other, so only one of them is the print at the delivery.
     */
    void lock(long invitationId) {
        jdbc.sql("select id from sat_invitation where id = :id for update").param("id", invitationId)
                .query(Long.class).single();
    }

    /** The case's survey: the invitation to evaluate its closing. */
    Optional<Invitation> findByCase(String caseNumber) {
        return findByCase(caseNumber, EvaluationStage.CLOSING);
    }

    Optional<Invitation> findByCase(String caseNumber, EvaluationStage stage) {
        return jdbc.sql(SELECT + " where i.case_number = :n and i.stage = :stage").param("n", caseNumber)
                .param("stage", stage.name()).query(SurveyStore::map).optional();
    }

    /** The invitations of these cases, by case number; cases without one are left out. */
    java.util.Map<String, Invitation> findByCases(java.util.Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql(SELECT + " where i.case_number in (:numbers) and i.stage = 'CLOSING'")
                .param("numbers", caseNumbers)
                .query(SurveyStore::map).stream()
                .collect(java.util.stream.Collectors.toMap(Invitation::caseNumber, invitation -> invitation));
    }

    /** The citizen passed over the survey at the window kiosk; the kiosk does not offer it again. */
    void markKioskDismissed(long invitationId, Instant at) {
        jdbc.sql("update sat_invitation set kiosk_dismissed_at = :at where id = :id and kiosk_dismissed_at is null")
                .param("at", utc(at)).param("id", invitationId).update();
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
        jdbc.sql(
                """
                        insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code, closed_at,
                            delivered_by, overall, visits, comment, channel, answered_at, supplementary, indicator_set_id,
                            stage)
                        select invitation_id, case_number, service_item_code, lead_department_code, closed_at, delivered_by,
                            :overall, visits, :comment, channel, :at, true, indicator_set_id, stage
                        from sat_response where id = (select min(id) from sat_response where invitation_id = :inv
                            and supplementary = false)""")
                .param("overall", overall).param("comment", comment).param("at", utc(at)).param("inv", invitation.id())
                .update();
        // The supplementary review rates the whole service again; the indicators' scores stay the first answers'.
        jdbc.sql("""
                insert into sat_response_score (response_id, indicator_code, score)
                select s.id, f.indicator_code, f.score
                from sat_response s, sat_response r join sat_response_score f on f.response_id = r.id
                where s.invitation_id = :inv and s.supplementary = true
                    and r.id = (select min(id) from sat_response where invitation_id = :inv
                        and supplementary = false)""").param("inv", invitation.id()).update();
    }

    int addPhoneAttempt(long invitationId, int max) {
        jdbc.sql("update sat_invitation set phone_attempts = phone_attempts + 1, status = case when phone_attempts + 1 "
                + ">= :max then 'UNREACHABLE' else status end where id = :id").param("max", max)
                .param("id", invitationId)
                .update();
        return jdbc.sql("select phone_attempts from sat_invitation where id = :id").param("id", invitationId)
                .query(Integer.class).single();
    }

    /** The answers and their scores, one row per indicator of the set answered; returns the answer's id. */
    long insertResponse(Invitation invitation, SurveyAnswers answers, AnswerChannel channel, String recordedBy,
            Instant at) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                """
                        insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code, closed_at,
                            delivered_by, overall, visits, comment, channel, recorded_by, answered_at, indicator_set_id,
                            stage)
                        values (:inv, :n, :item, :department, :closed, :deliveredBy, :overall, :visits, :comment, :channel,
                            :by, :at, :set, :stage)""")
                .param("stage", invitation.stage().name())
                .param("inv", invitation.id()).param("n", invitation.caseNumber())
                .param("deliveredBy", invitation.deliveredBy())
                .param("item", invitation.serviceItemCode()).param("department", invitation.leadDepartmentCode())
                .param("closed", invitation.closedAt() == null ? null : utc(invitation.closedAt()),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("overall", answers.overall().score())
                .param("visits", answers.visits())
                .param("comment",
                        answers.comment() == null || answers.comment().isBlank() ? null : answers.comment().strip())
                .param("channel", channel.name()).param("by", recordedBy).param("at", utc(at))
                .param("set", answers.indicatorSetId()).update(key, "id");
        long responseId = key.getKeyAs(Number.class).longValue();
        answers.scores().forEach((code, score) -> jdbc
                .sql("insert into sat_response_score (response_id, indicator_code, score) values (:r, :code, :score)")
                .param("r", responseId).param("code", code).param("score", score).update());
        return responseId;
    }

    /** The kind of a token that leads to an invitation; empty for an unknown one. */
    Optional<TokenKind> tokenKind(String hash) {
        return jdbc.sql("select kind from sat_survey_token where token_hash = :hash").param("hash", hash)
                .query(String.class).optional().map(TokenKind::valueOf);
    }

    long countResponses(String caseNumber) {
        return jdbc.sql("select count(*) from sat_response where case_number = :n and stage = 'CLOSING'")
                .param("n", caseNumber)
                .query(Long.class).single();
    }

    /** The overall score of the case's first answers (not of a supplementary review), if it was answered. */
    Optional<Integer> firstOverall(String caseNumber) {
        // The first of them: an evaluation from the provincial platform may follow as a further answer.
        return jdbc.sql("select overall from sat_response where case_number = :n and supplementary = false "
                + "and stage = 'CLOSING' order by answered_at, id fetch first 1 rows only").param("n", caseNumber)
                .query(Integer.class).optional();
    }

    private static final String SELECT = "select i.id, i.case_number, i.service_item_code, i.service_item_name, "
            + "i.lead_department_code, i.closed_at, i.expires_at, i.answered_at, i.phone_attempts, i.status, "
            + "i.supplemented_at, i.delivered_by, i.kiosk_dismissed_at, i.service_item_name_en, i.stage "
            + "from sat_invitation i";

    private static Invitation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Invitation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                instant(rs.getObject(6, OffsetDateTime.class)), instant(rs.getObject(7, OffsetDateTime.class)),
                instant(rs.getObject(8, OffsetDateTime.class)), rs.getInt(9), rs.getString(10),
                instant(rs.getObject(11, OffsetDateTime.class)), rs.getString(12),
                instant(rs.getObject(13, OffsetDateTime.class)), rs.getString(14),
                EvaluationStage.valueOf(rs.getString(15)));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
