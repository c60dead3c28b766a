package org.onewindow.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.intake.Attachment;
import org.onewindow.intake.ScannedFileType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Scanned materials of cases ({@code intake_case_attachment}); plain JDBC so that bytes stay bytes on both databases. */
@Repository
class AttachmentStore {

    private static final String COLUMNS = "a.id, c.case_number, a.file_name, a.label, a.content_type, a.size_bytes, "
            + "a.uploaded_by, a.uploaded_at, a.material_name";

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the scan under the name the hall chooses (its number is known only once the row is in), with the
     * citizen's name for it as the label.
     */
    long insert(long caseId, String caseNumber, String label, ScannedFileType type, byte[] content, String uploadedBy,
            Instant at, String materialName) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into intake_case_attachment (case_id, file_name, label, content_type, size_bytes, content,
                    uploaded_by, uploaded_at, material_name)
                values (:caseId, :fileName, :label, :type, :size, :content, :by, :at, :material)""")
                .param("caseId", caseId).param("fileName", type.storedName(caseNumber, 0)).param("label", label)
                .param("type", type.mediaType()).param("size", (long) content.length).param("content", content)
                .param("by", uploadedBy).param("at", at.atOffset(ZoneOffset.UTC)).param("material", materialName)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("update intake_case_attachment set file_name = :fileName where id = :id")
                .param("fileName", type.storedName(caseNumber, id)).param("id", id).update();
        return id;
    }

    List<Attachment> forCase(String caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from intake_case_attachment a join intake_case c on c.id = a.case_id "
                + "where c.case_number = :n order by a.uploaded_at, a.id").param("n", caseNumber)
                .query(AttachmentStore::map).list();
    }

    Optional<Attachment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from intake_case_attachment a join intake_case c on c.id = a.case_id "
                + "where a.id = :id").param("id", id).query(AttachmentStore::map).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from intake_case_attachment where id = :id").param("id", id)
                .query((rs, row) -> rs.getBytes(1)).single();
    }

    private static Attachment map(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9));
    }
}
