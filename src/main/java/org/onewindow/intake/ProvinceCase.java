package org.onewindow.intake;

import java.time.Instant;

/**
 * A case as the provincial evaluation platform is told of it, with the applicant's full identity. For the provincial
 * report only (module {@code exchange}): nothing here is for a screen, and the identity must never be logged.
 *
 * @param applicantName the person's name given for the case, or the enterprise's name
 * @param idType {@code RESIDENT_ID}, {@code PASSPORT}, {@code TRAVEL_PERMIT} for a person;
 *     {@code UNIFIED_SOCIAL_CREDIT_CODE} for an enterprise
 * @param idNumber the person's ID number or the enterprise's unified social credit code, unmasked
 * @param mobile the mobile given for the case; {@code null} when none was
 * @param districtCode the applicant's county-level region code (GB/T 2260) derived at intake, if known
 */
public record ProvinceCase(String caseNumber, String serviceItemCode, String serviceItemName, int serviceItemVersion,
        String leadDepartmentCode, ApplicantType applicantType, String applicantName, String idType,
        String idNumber, String mobile, Channel channel, CaseStatus status, Outcome outcome, Instant acceptedAt,
        Instant dueAt, Instant closedAt, String deliveredBy, String districtCode) {
}
