package org.onewindow.satisfaction.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.satisfaction.NoticePrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code sat_notice_print}: every print of a case's result notice, with who, when and (for a reprint) why. */
@Repository
class NoticePrintStore {

    private final JdbcClient jdbc;

    NoticePrintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long invitationId, NoticePrint print) {
        jdbc.sql("""
                insert into sat_notice_print (invitation_id, case_number, printed_by, printed_at, reason)
                values (:inv, :n, :by, :at, :reason)""")
                .param("inv", invitationId).param("n", print.caseNumber()).param("by", print.printedBy())
                .param("at", print.printedAt().atOffset(ZoneOffset.UTC)).param("reason", print.reason()).update();
    }

    /** Oldest first; served by ix_notice_print_case. */
    List<NoticePrint> forCase(String caseNumber) {
        return jdbc.sql("""
                select case_number, printed_by, printed_at, reason from sat_notice_print
                where case_number = :n order by printed_at, id""").param("n", caseNumber)
                .query((rs, row) -> new NoticePrint(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
                .list();
    }

    boolean anyFor(String caseNumber) {
        return jdbc.sql("select count(*) from sat_notice_print where case_number = :n").param("n", caseNumber)
                .query(Long.class).single() > 0;
    }
}
