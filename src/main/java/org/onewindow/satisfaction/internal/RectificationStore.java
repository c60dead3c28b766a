package org.onewindow.satisfaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Appeal;
import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.CitizenCallBack;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorScore;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sat_rectification}, {@code sat_appeal}, {@code sat_call_back}, and the answers they are about in {@code sat_response}. */
@Repository
class RectificationStore {

    private static final String SELECT = """
            select r.case_number, r.service_item_name, r.department_code, r.stage, r.opened_at, r.verify_due_at,
                r.verify_escalated_at, r.verified_at, r.verified_by, r.verdict, r.verification_note, r.rectify_due_at,
                r.rectify_escalated_at, r.rectified_at, r.rectified_by, r.measures, r.fed_back_at,
                a.ground, a.reason, a.appealed_by, a.appealed_at, a.upheld, a.decision_note, a.decided_by, a.decided_at,
                r.service_item_name_en, c.opened_at, c.due_at, c.escalated_at, c.reached, c.citizen_said, c.called_by,
                c.called_at
            from sat_rectification r left join sat_appeal a on a.rectification_id = r.id
                left join sat_call_back c on c.case_number = r.case_number""";

    /** Waiting for a step: verification, an appeal decision, rectification, or a call-back. */
    private static final String OPEN = "(r.stage in ('VERIFYING', 'APPEALED', 'RECTIFYING') "
            + "or (c.id is not null and c.called_at is null))";

    private final JdbcClient jdbc;

    RectificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the rectification of a case's bad review given at this stage, with the item, department and closing time
     * (none for the acceptance's) of that stage's invitation; false when the case has one already.
     */
    boolean open(String caseNumber, EvaluationStage stage, Instant now, Instant verifyDueAt) {
        if (find(caseNumber).isPresent()) {
            return false;
        }
        jdbc.sql("""
                insert into sat_rectification (case_number, invitation_id, department_code, service_item_code,
                    service_item_name, service_item_name_en, closed_at, stage, opened_at, verify_due_at)
                select case_number, id, lead_department_code, service_item_code, service_item_name,
                    service_item_name_en, closed_at, 'VERIFYING', :now, :due
                from sat_invitation where case_number = :n and stage = :stage""")
                .param("now", utc(now)).param("due", utc(verifyDueAt)).param("n", caseNumber)
                .param("stage", stage.name()).update();
        return true;
    }

    /** The stage of the bad review the case's rectification was opened for. */
    Optional<EvaluationStage> stageOf(String caseNumber) {
        return jdbc.sql("select i.stage from sat_rectification r join sat_invitation i on i.id = r.invitation_id "
                + "where r.case_number = :n").param("n", caseNumber).query(String.class).optional()
                .map(EvaluationStage::valueOf);
    }

    Optional<Rectification> find(String caseNumber) {
        return jdbc.sql(SELECT + " where r.case_number = :n").param("n", caseNumber)
                .query((rs, i) -> map(rs, reviews(caseNumber))).optional();
    }

    /** Open ones, the earliest due first; all departments when {@code departments} is null. */
    List<Rectification> open(Collection<String> departments) {
        String where = " where " + OPEN + (departments == null ? "" : " and r.department_code in (:departments)");
        var statement = jdbc.sql(SELECT + where
                + " order by coalesce(c.due_at, r.rectify_due_at, r.verify_due_at), r.opened_at limit 500");
        if (departments != null) {
            if (departments.isEmpty()) {
                return List.of();
            }
            statement = statement.param("departments", departments);
        }
        return statement.query((rs, i) -> map(rs, List.of())).list();
    }

    List<Rectification> finished(Collection<String> departments, int limit) {
        String where = " where r.stage in ('FED_BACK', 'EXCLUDED') and not " + OPEN
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

    /** Opens the call-back of the case's bad review; false when it was already open (a retried step). */
    boolean openCallBack(String caseNumber, Instant now, Instant dueAt) {
        if (jdbc.sql("select count(*) from sat_call_back where case_number = :n").param("n", caseNumber)
                .query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("insert into sat_call_back (case_number, opened_at, due_at) values (:n, :now, :due)")
                .param("n", caseNumber).param("now", utc(now)).param("due", utc(dueAt)).update();
        return true;
    }

    /** Records the call once; false when it was recorded already (two callers at once). */
    boolean recordCallBack(String caseNumber, boolean reached, String citizenSaid, String by, Instant at) {
        return jdbc.sql("update sat_call_back set reached = :reached, citizen_said = :said, called_by = :by, "
                + "called_at = :at where case_number = :n and called_at is null")
                .param("reached", reached).param("said", citizenSaid).param("by", by).param("at", utc(at))
                .param("n", caseNumber).update() == 1;
    }

    void markCallBackEscalated(String caseNumber, Instant at) {
        jdbc.sql("update sat_call_back set escalated_at = :at where case_number = :n and escalated_at is null")
                .param("at", utc(at)).param("n", caseNumber).update();
    }

    void markEscalated(String caseNumber, boolean verification, Instant at) {
        jdbc.sql("update sat_rectification set " + (verification ? "verify_escalated_at" : "rectify_escalated_at")
                + " = :at where case_number = :n").param("at", utc(at)).param("n", caseNumber).update();
    }

    List<CitizenReview> reviews(String caseNumber) {
        return reviews(List.of(caseNumber)).getOrDefault(caseNumber, List.of());
    }

    /**
     * The answers of several cases, by case number in the order given by the answers' times; the first answers with
     * their scores in the order of the indicator set they answered, named as that set names them.
     */
    Map<String, List<CitizenReview>> reviews(Collection<String> caseNumbers) {
        Map<String, List<CitizenReview>> byCase = new LinkedHashMap<>();
        if (caseNumbers.isEmpty()) {
            return byCase;
        }
        Map<Long, List<IndicatorScore>> scores = new HashMap<>();
        jdbc.sql("""
                select f.response_id, f.indicator_code, f.score, i.name_zh, i.name_en
                from sat_response r join sat_response_score f on f.response_id = r.id
                    left join sat_indicator i on i.set_id = r.indicator_set_id and i.code = f.indicator_code
                where r.case_number in (:numbers) and r.supplementary = false
                order by f.response_id, i.position, f.indicator_code""").param("numbers", caseNumbers)
                .query((ResultSet rs) -> {
                    String code = rs.getString(2);
                    String zh = rs.getString(4);
                    scores.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new IndicatorScore(new Indicator(code, zh == null ? code : zh,
                                    rs.getString(5) == null ? code : rs.getString(5)), rs.getInt(3)));
                });
        jdbc.sql("""
                select r.overall, r.id, r.visits, r.comment, r.channel, r.recorded_by, r.answered_at, r.supplementary,
                    r.exclusion_reason, r.case_number, s.channel, s.version
                from sat_response r left join sat_indicator_set s on s.id = r.indicator_set_id
                where r.case_number in (:numbers) order by r.case_number, r.answered_at, r.id""")
                .param("numbers", caseNumbers)
                .query((ResultSet rs) -> {
                    boolean supplementary = rs.getBoolean(8);
                    String set = rs.getString(11);
                    byCase.computeIfAbsent(rs.getString(10), n -> new ArrayList<>())
                            .add(new CitizenReview(Rating.ofScore(rs.getInt(1)),
                                    supplementary ? List.of() : scores.getOrDefault(rs.getLong(2), List.of()),
                                    supplementary ? null : (Integer) rs.getObject(3, Integer.class),
                                    rs.getString(4), AnswerChannel.valueOf(rs.getString(5)), rs.getString(6),
                                    instant(rs, 7), supplementary, rs.getString(9),
                                    set == null ? null : EvaluationChannel.valueOf(set),
                                    set == null ? null : rs.getInt(12)));
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
                instant(rs, 17), reviews, rs.getString(26), callBack(rs));
    }

    private static CitizenCallBack callBack(ResultSet rs) throws SQLException {
        Instant openedAt = instant(rs, 27);
        return openedAt == null ? null
                : new CitizenCallBack(openedAt, instant(rs, 28), instant(rs, 29), (Boolean) rs.getObject(30),
                        rs.getString(31), rs.getString(32), instant(rs, 33));
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
