package org.onewindow.intake;

import java.time.Instant;

/**
 * One change of an applicant's record, made at the window by staff who checked the person's identity: the
 * citizen's name, mobile or address, or an enterprise's name. Online requests never change the record.
 *
 * @param oldValue what the record said before; {@code null} when it said nothing. A mobile is masked.
 * @param newValue what it says since; a mobile is masked
 */
public record ApplicantChange(ApplicantRef applicant, Field field, String oldValue, String newValue,
        String changedBy, Instant changedAt) {

    /** What changed. */
    public enum Field {
        NAME, MOBILE, ADDRESS, ENTERPRISE_NAME
    }
}
