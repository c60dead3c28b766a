package org.onewindow.crm.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.crm.FileAccessRecord;
import org.onewindow.crm.FileAction;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code crm_file_access}: written in the transaction that reads the file, so no read goes unrecorded. */
@Repository
class FileAccessLog {

    private final JdbcClient jdbc;

    FileAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String viewer, ApplicantRef applicant, FileAction action, String reason, Instant at) {
        jdbc.sql("""
                insert into crm_file_access (viewer, applicant_type, applicant_id, action, opened_at, reason)
                values (:viewer, :type, :id, :action, :at, :reason)""")
                .param("viewer", viewer).param("type", applicant.type().name()).param("id", applicant.id())
                .param("action", action.name()).param("at", instant(at)).param("reason", reason).update();
    }

    /** Newest first; served by ix_crm_file_access_applicant. */
    List<FileAccessRecord> of(ApplicantRef applicant, int limit) {
        return jdbc.sql("""
                select id, viewer, applicant_type, applicant_id, action, opened_at, reason from crm_file_access
                where applicant_type = :type and applicant_id = :id
                order by opened_at desc, id desc fetch first %d rows only""".formatted(limit))
                .param("type", applicant.type().name()).param("id", applicant.id())
                .query((rs, row) -> new FileAccessRecord(rs.getLong(1), rs.getString(2),
                        new ApplicantRef(ApplicantType.valueOf(rs.getString(3)), rs.getLong(4)),
                        FileAction.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getString(7)))
                .list();
    }

    private static OffsetDateTime instant(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
