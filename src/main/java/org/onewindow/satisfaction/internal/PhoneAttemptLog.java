package org.onewindow.satisfaction.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sat_phone_attempt}: every call of the phone follow-up, reached or not, for the reports. */
@Repository
class PhoneAttemptLog {

    private final JdbcClient jdbc;

    PhoneAttemptLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long invitationId, String caseNumber, String calledBy, Instant at, boolean reached) {
        jdbc.sql("insert into sat_phone_attempt (invitation_id, case_number, called_by, called_at, reached) "
                + "values (:inv, :n, :by, :at, :reached)").param("inv", invitationId).param("n", caseNumber)
                .param("by", calledBy).param("at", at.atOffset(ZoneOffset.UTC)).param("reached", reached).update();
    }
}
