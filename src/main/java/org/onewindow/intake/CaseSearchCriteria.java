package org.onewindow.intake;

import java.time.LocalDate;

/**
 * What staff search cases by; {@code null} or blank means "any". Dates are days in the hall's time zone,
 * both ends included.
 */
public record CaseSearchCriteria(String caseNumber, String citizenIdNumber, String citizenMobile,
        String serviceItemCode, CaseStatus status, LocalDate acceptedFrom, LocalDate acceptedTo) {

    public static CaseSearchCriteria any() {
        return new CaseSearchCriteria(null, null, null, null, null, null, null);
    }
}
