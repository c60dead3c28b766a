package org.onewindow.intake;

import java.time.LocalDate;

/**
 * What staff search cases by; {@code null} or blank means "any". Dates are days in the hall's time zone,
 * both ends included.
 *
 * @param applicantName part of the applicant's name, in any case: the person's as the case recorded it or as
 *     it is now, or the applying enterprise's
 */
public record CaseSearchCriteria(String caseNumber, String citizenIdNumber, String citizenMobile,
        String applicantName, String serviceItemCode, CaseStatus status, LocalDate acceptedFrom, LocalDate acceptedTo) {

    public static CaseSearchCriteria any() {
        return new CaseSearchCriteria(null, null, null, null, null, null, null, null);
    }
}
