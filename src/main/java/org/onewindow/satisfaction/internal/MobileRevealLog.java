package org.onewindow.satisfaction.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.satisfaction.MobileReveal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sat_mobile_reveal}: written in the transaction that reads the number, so no reveal goes unrecorded. */
@Repository
class MobileRevealLog {

    private final JdbcClient jdbc;

    MobileRevealLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(MobileReveal reveal) {
        jdbc.sql("insert into sat_mobile_reveal (case_number, revealed_to, revealed_at) values (:n, :to, :at)")
                .param("n", reveal.caseNumber()).param("to", reveal.revealedTo())
                .param("at", reveal.revealedAt().atOffset(ZoneOffset.UTC)).update();
    }

    /** Newest first; served by ix_mobile_reveal_case. */
    List<MobileReveal> of(String caseNumber) {
        return jdbc.sql("select case_number, revealed_to, revealed_at from sat_mobile_reveal where case_number = :n "
                + "order by revealed_at desc, id desc").param("n", caseNumber)
                .query((rs, row) -> new MobileReveal(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }
}
