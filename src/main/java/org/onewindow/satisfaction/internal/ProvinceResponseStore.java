package org.onewindow.satisfaction.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.EvaluationGiven;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Evaluations from the provincial platform in {@code sat_response} and {@code sat_response_score}, and the stored
 * answers as {@link EvaluationGiven} tells of them.
 */
@Repository
class ProvinceResponseStore {

    /** The published version of a channel's indicator set and its indicator codes in order. */
    record IndicatorSet(long id, int version, List<String> codes) {
    }

    private final JdbcClient jdbc;

    ProvinceResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest published version of the channel's indicator set. */
    Optional<IndicatorSet> publishedSet(String channel) {
        return jdbc.sql("select id, version from sat_indicator_set where channel = :channel and state = 'PUBLISHED' "
                + "order by version desc fetch first 1 rows only").param("channel", channel)
                .query((rs, row) -> new IndicatorSet(rs.getLong(1), rs.getInt(2),
                        jdbc.sql("select code from sat_indicator where set_id = :id order by position")
                                .param("id", rs.getLong(1)).query(String.class).list()))
                .optional();
    }

    /**
     * Stores the evaluation as an answer of the invitation's case, with its scores; returns its id. The number of
     * visits is not part of the provincial evaluation: 1 is stored.
     */
    long insert(SurveyStore.Invitation invitation, IndicatorSet set, int overall, Map<String, Integer> scores,
            String comment, Instant answeredAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code,
                    closed_at, delivered_by, overall, visits, comment, channel, answered_at, indicator_set_id)
                values (:inv, :n, :item, :department, :closed, :deliveredBy, :overall, 1, :comment, :channel, :at,
                    :set)""").param("inv", invitation.id()).param("n", invitation.caseNumber())
                .param("item", invitation.serviceItemCode()).param("department", invitation.leadDepartmentCode())
                .param("closed", utc(invitation.closedAt())).param("deliveredBy", invitation.deliveredBy())
                .param("overall", overall).param("comment", comment)
                .param("channel", AnswerChannel.PROVINCE.name()).param("at", utc(answeredAt)).param("set", set.id())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        scores.forEach((code, score) -> jdbc.sql("insert into sat_response_score (response_id, indicator_code, score) "
                + "values (:id, :code, :score)").param("id", id).param("code", code).param("score", score).update());
        return id;
    }

    /** The stored answer as the event about it tells it, its scores in the set's order. */
    EvaluationGiven given(long responseId) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        jdbc.sql(
                "select s.indicator_code, s.score from sat_response_score s join sat_response r on r.id = s.response_id "
                        + "left join sat_indicator i on i.set_id = r.indicator_set_id and i.code = s.indicator_code "
                        + "where s.response_id = :id order by i.position, s.indicator_code")
                .param("id", responseId)
                .query((rs, row) -> scores.put(rs.getString(1), rs.getInt(2))).list();
        return jdbc.sql("select r.case_number, r.channel, r.overall, s.version, r.comment, r.delivered_by, "
                + "r.answered_at from sat_response r left join sat_indicator_set s on s.id = r.indicator_set_id "
                + "where r.id = :id").param("id", responseId)
                .query((rs, row) -> new EvaluationGiven(rs.getString(1), responseId,
                        AnswerChannel.valueOf(rs.getString(2)), rs.getInt(3), (Integer) rs.getObject(4),
                        scores, rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
