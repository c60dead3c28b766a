package org.onewindow.satisfaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Appeal;
import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sat_rectification}, {@code sat_appeal}, and the answers they are about in {@code sat_response}. */
@Repository
class RectificationStore {

    private static final String SELECT = """
            select r.case_number, r.service_item_name, r.department_code, r.stage, r.opened_at, r.verify_due_at,
                r.verify_escalated_at, r.verified_at, r.verified_by, r.verdict, r.verification_note, r.rectify_due_at,
                r.rectify_escalated_at, r.rectified_at, r.rectified_by, r.measures, r.fed_back_at,
                a.ground, a.reason, a.appealed_by, a.appealed_at, a.upheld, a.decision_note, a.decided_by, a.decided_at,
                r.service_item_name_en
            from sat_rectification r left join sat_appeal a on a.rectification_id = r.id""";

    private final JdbcClient jdbc;

    RectificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the rectification of a case's bad review; false when it was already open (a retried step). */
    boolean open(String caseNumber, Instant now, Instant verifyDueAt) {
        if (find(caseNumber).isPresent()) {
            return false;
        }
        jdbc.sql("""
                insert into sat_rectification (case_number, invitation_id, department_code, service_item_code,
                    service_item_name, service_item_name_en, closed_at, stage, opened_at, verify_due_at)
                select case_number, id, lead_department_code, service_item_code, service_item_name,
                    service_item_name_en, closed_at, 'VERIFYING', :now, :due
                from sat_invitation where case_number = :n""")
                .param("now", utc(now)).param("due", utc(verifyDueAt)).param("n", caseNumber).update();
        return true;
    }

    Optional<Rectification> find(String caseNumber) {
        return jdbc.sql(SELECT + " where r.case_number = :n").param("n", caseNumber)
                .query((rs, i) -> map(rs, reviews(caseNumber))).optional();
    }

    /** Open ones, the earliest due first; all departments when {@code departments} is null. */
    List<Rectification> open(Collection<String> departments) {
        String where = " where r.stage in ('VERIFYING', 'APPEALED', 'RECTIFYING')"
                + (departments == null ? "" : " and r.department_code in (:departments)");
        var statement = jdbc.sql(SELECT + where
                + " order by coalesce(r.rectify_due_at, r.verify_due_at), r.opened_at limit 500");
        if (departments != null) {
            if (departments.isEmpty()) {
                return List.of();
            }
            statement = statement.param("departments", departments);
        }
        return statement.query((rs, i) -> map(rs, List.of())).list();
    }

    List<Rectification> finished(Collection<String> departments, int limit) {
        String where = " where r.stage in ('FED_BACK', 'EXCLUDED')"
                + (departments == null ? "" : " and r.department_code in (:departments)");
        var statement = jdbc.sql(SELECT + where + " order by r.opened_at desc limit :limit").param("limit", limit);
        if (departments != null) {
            if (departments.isEmpty()) {
                return List.of();
            }
            statement = statement.param("departments", departments);
        }
        return statement.query((rs, i) -> map(rs, List.of())).list();
    }

    /**
     * Moves a rectification on, only from the stage it is expected in, so that two heads submitting at once
     * cannot both succeed.
     */
    boolean recordVerification(String caseNumber, Verdict verdict, String note, String by, Instant at,
            RectificationStage next, Instant rectifyDueAt) {
        return jdbc.sql("""
                update sat_rectification set verdict = :verdict, verification_note = :note, verified_by = :by,
                    verified_at = :at, stage = :next, rectify_due_at = :due
                where case_number = :n and stage = 'VERIFYING'""")
                .param("verdict", verdict.name()).param("note", note).param("by", by).param("at", utc(at))
                .param("next", next.name())
                .param("due", rectifyDueAt == null ? null : utc(rectifyDueAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("n", caseNumber).update() == 1;
    }

    void insertAppeal(String caseNumber, AppealGround ground, String reason, String by, Instant at) {
        jdbc.sql("""
                insert into sat_appeal (rectification_id, case_number, department_code, ground, reason, appealed_by,
                    appealed_at)
                select id, case_number, department_code, :ground, :reason, :by, :at
                from sat_rectification where case_number = :n""")
                .param("ground", ground.name()).param("reason", reason).param("by", by).param("at", utc(at))
                .param("n", caseNumber).update();
    }

    boolean recordAppealDecision(String caseNumber, boolean upheld, String note, String by, Instant at,
            Instant rectifyDueAt) {
        int moved = jdbc.sql("update sat_rectification set stage = :next, rectify_due_at = :due "
                + "where case_number = :n and stage = 'APPEALED'")
                .param("next", upheld ? RectificationStage.EXCLUDED.name() : RectificationStage.RECTIFYING.name())
                .param("due", rectifyDueAt == null ? null : utc(rectifyDueAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("n", caseNumber).update();
        if (moved == 0) {
            return false;
        }
        jdbc.sql("update sat_appeal set upheld = :upheld, decision_note = :note, decided_by = :by, decided_at = :at "
                + "where case_number = :n").param("upheld", upheld).param("note", note).param("by", by)
                .param("at", utc(at)).param("n", caseNumber).update();
        if (upheld) {
            jdbc.sql("update sat_response set exclusion_reason = :reason where case_number = :n")
                    .param("reason", note).param("n", caseNumber).update();
        }
        return true;
    }

    boolean recordMeasures(String caseNumber, String measures, String by, Instant at) {
        return jdbc.sql("update sat_rectification set measures = :measures, rectified_by = :by, rectified_at = :at "
                + "where case_number = :n and stage = 'RECTIFYING'").param("measures", measures).param("by", by)
                .param("at", utc(at)).param("n", caseNumber).update() == 1;
    }

    void markFedBack(String caseNumber, Instant at) {
        jdbc.sql("update sat_rectification set stage = 'FED_BACK', fed_back_at = :at where case_number = :n")
                .param("at", utc(at)).param("n", caseNumber).update();
    }

    void markEscalated(String caseNumber, boolean verification, Instant at) {
        jdbc.sql("update sat_rectification set " + (verification ? "verify_escalated_at" : "rectify_escalated_at")
                + " = :at where case_number = :n").param("at", utc(at)).param("n", caseNumber).update();
    }

    List<CitizenReview> reviews(String caseNumber) {
        return jdbc.sql("""
                select overall, timeliness, attitude, transparency, convenience, outcome, visits, comment, channel,
                    recorded_by, answered_at, supplementary, exclusion_reason
                from sat_response where case_number = :n order by answered_at, id""").param("n", caseNumber)
                .query((rs, i) -> review(rs)).list();
    }

    /** The answers of several cases, by case number in the order given by the answers' times. */
    Map<String, List<CitizenReview>> reviews(Collection<String> caseNumbers) {
        Map<String, List<CitizenReview>> byCase = new LinkedHashMap<>();
        jdbc.sql("""
                select overall, timeliness, attitude, transparency, convenience, outcome, visits, comment, channel,
                    recorded_by, answered_at, supplementary, exclusion_reason, case_number
                from sat_response where case_number in (:numbers) order by case_number, answered_at, id""")
                .param("numbers", caseNumbers)
                .query((ResultSet rs) -> {
                    byCase.computeIfAbsent(rs.getString(14), n -> new ArrayList<>()).add(review(rs));
                });
        return byCase;
    }

    /** The department handling each case's bad review, for the cases that have one. */
    Map<String, String> departmentsOf(Collection<String> caseNumbers) {
        Map<String, String> departments = new LinkedHashMap<>();
        jdbc.sql("select case_number, department_code from sat_rectification where case_number in (:numbers)")
                .param("numbers", caseNumbers)
                .query((ResultSet rs) -> {
                    departments.put(rs.getString(1), rs.getString(2));
                });
        return departments;
    }

    /** The open rectifications of the given cases, without the answers, the earliest due first. */
    List<Rectification> openOfCases(Collection<String> caseNumbers) {
        return jdbc
                .sql(SELECT
                        + " where r.case_number in (:numbers) and r.stage in ('VERIFYING', 'APPEALED', 'RECTIFYING')"
                        + " order by coalesce(r.rectify_due_at, r.verify_due_at), r.opened_at")
                .param("numbers", caseNumbers).query((rs, i) -> map(rs, List.of())).list();
    }

    private static CitizenReview review(ResultSet rs) throws SQLException {
        boolean supplementary = rs.getBoolean(12);
        return new CitizenReview(Rating.ofScore(rs.getInt(1)), supplementary ? null : rs.getInt(2),
                supplementary ? null : rs.getInt(3), supplementary ? null : rs.getInt(4),
                supplementary ? null : rs.getInt(5), supplementary ? null : rs.getInt(6),
                supplementary ? null : rs.getInt(7), rs.getString(8), AnswerChannel.valueOf(rs.getString(9)),
                rs.getString(10), instant(rs, 11), supplementary, rs.getString(13));
    }

    private static Rectification map(ResultSet rs, List<CitizenReview> reviews) throws SQLException {
        String ground = rs.getString(18);
        Appeal appeal = ground == null ? null : new Appeal(AppealGround.valueOf(ground), rs.getString(19),
                rs.getString(20), instant(rs, 21), (Boolean) rs.getObject(22), rs.getString(23), rs.getString(24),
                instant(rs, 25));
        String verdict = rs.getString(10);
        return new Rectification(rs.getString(1), rs.getString(2), rs.getString(3),
                RectificationStage.valueOf(rs.getString(4)), instant(rs, 5), instant(rs, 6), instant(rs, 7),
                instant(rs, 8), rs.getString(9), verdict == null ? null : Verdict.valueOf(verdict), rs.getString(11),
                appeal, instant(rs, 12), instant(rs, 13), instant(rs, 14), rs.getString(15), rs.getString(16),
                instant(rs, 17), reviews, rs.getString(26));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The id of the case's rectification (one per case), as the provincial report names it. */
    long idOf(String caseNumber) {
        return jdbc.sql("select id from sat_rectification where case_number = :n").param("n", caseNumber)
                .query(Long.class).single();
    }
}
