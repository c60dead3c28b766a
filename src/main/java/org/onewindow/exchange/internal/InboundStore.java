package org.onewindow.exchange.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code exch_inbound_evaluation}: each evaluation id received from the platform, once. */
@Repository
class InboundStore {

    private final JdbcClient jdbc;

    InboundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String evaluationId) {
        return jdbc.sql("select count(*) from exch_inbound_evaluation where evaluation_id = :id")
                .param("id", evaluationId).query(Long.class).single() > 0;
    }

    /** Fails with a duplicate key when the evaluation id was received meanwhile. */
    void insert(String evaluationId, String caseNumber, Instant at) {
        jdbc.sql("insert into exch_inbound_evaluation (evaluation_id, case_number, received_at) "
                + "values (:id, :n, :at)").param("id", evaluationId).param("n", caseNumber)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    void answered(String evaluationId, long responseId) {
        jdbc.sql("update exch_inbound_evaluation set response_id = :response where evaluation_id = :id")
                .param("response", responseId).param("id", evaluationId).update();
    }

    long count(String caseNumber) {
        return jdbc.sql("select count(*) from exch_inbound_evaluation where case_number = :n").param("n", caseNumber)
                .query(Long.class).single();
    }
}
