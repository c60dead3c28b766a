package org.onewindow.intake.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.onewindow.intake.ApplicantChange;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantType;
import org.onewindow.shared.IdNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code intake_applicant_change}: every change of an applicant's record made at the window, old and new value,
 * written in the transaction of the registration that made it.
 */
@Repository
class ApplicantChangeLog {

    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    ApplicantChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a row when the value changes; the same value again is no change. */
    void recordIfChanged(ApplicantRef applicant, ApplicantChange.Field field, String oldValue, String newValue,
            String changedBy, Instant at) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        jdbc.sql("""
                insert into intake_applicant_change (applicant_type, applicant_id, field, old_value, new_value,
                    changed_by, changed_at)
                values (:type, :id, :field, :old, :new, :by, :at)""")
                .param("type", applicant.type().name()).param("id", applicant.id()).param("field", field.name())
                .param("old", oldValue).param("new", newValue).param("by", changedBy)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** Newest first; served by ix_intake_applicant_change. Mobiles masked, as everywhere on screens. */
    List<ApplicantChange> of(ApplicantRef applicant) {
        return jdbc.sql("""
                select field, old_value, new_value, changed_by, changed_at from intake_applicant_change
                where applicant_type = :type and applicant_id = :id
                order by changed_at desc, id desc fetch first %d rows only""".formatted(LIMIT))
                .param("type", applicant.type().name()).param("id", applicant.id())
                .query((rs, row) -> {
                    ApplicantChange.Field field = ApplicantChange.Field.valueOf(rs.getString(1));
                    return new ApplicantChange(applicant, field, shown(field, rs.getString(2)),
                            shown(field, rs.getString(3)), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant());
                })
                .list();
    }

    private static String shown(ApplicantChange.Field field, String value) {
        return value != null && field == ApplicantChange.Field.MOBILE ? IdNumbers.maskPhone(value) : value;
    }

    static ApplicantRef person(CitizenEntity citizen) {
        return new ApplicantRef(ApplicantType.PERSON, citizen.id());
    }

    static ApplicantRef enterprise(EnterpriseEntity enterprise) {
        return new ApplicantRef(ApplicantType.ENTERPRISE, enterprise.id());
    }
}
