package org.onewindow.intake;

import java.util.List;
import java.util.Optional;

/**
 * Applicants on record and what is theirs, for the applicant file (module crm). These make no permission check but
 * {@link #findCitizen}'s: the caller decides who may read an applicant's file, and records that they did.
 * Identifying numbers and mobiles are masked, but for {@link #unmaskedIdentifier}.
 */
public interface ApplicantRecordService {

    /**
     * The person on record with this document number, the mobile masked as the window shows it; for the roles of
     * the window (front desk, administrators). The mobile itself is only
     * {@link CaseRegistrationService#revealMobileAtWindow}'s, which the citizen file's access log records.
     */
    Optional<Citizen> findCitizen(IdType idType, String idNumber);

    /** The applicant, masked; empty when there is no such person or enterprise. */
    Optional<ApplicantSummary> applicant(ApplicantRef applicant);

    /**
     * Applicants whose resident ID (or other document) number or unified social credit code is exactly the given
     * one, after the usual normalising (spaces, hyphens, lower case); the front desk's search.
     */
    List<ApplicantSummary> findApplicants(String idNumberOrCreditCode);

    /** Changes of the applicant's record made at the window, newest first. Mobiles masked. */
    List<ApplicantChange> changesOf(ApplicantRef applicant);

    /**
     * The applicant's cases, newest accepted first, at most {@code limit}. For a person both the cases they applied
     * for themselves and those they brought as an enterprise's legal representative or agent; the latter have
     * the enterprise as their {@link CaseDetails#applicant()}. For an enterprise, its cases.
     */
    List<CaseDetails> casesOf(ApplicantRef applicant, int limit);

    /** The applicant's cases that are still open (not closed, not withdrawn), the same cases as {@link #casesOf}. */
    List<CaseDetails> openCasesOf(ApplicantRef applicant);

    /** One-time notices of the applicant's cases (as in {@link #casesOf}), newest first. */
    List<MaterialsNotice> materialsNoticesOf(ApplicantRef applicant);

    /**
     * The person's ID number or the enterprise's credit code, unmasked. For a permitted user who asked to see it;
     * the caller checks that and records it.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown applicant
     */
    String unmaskedIdentifier(ApplicantRef applicant);
}
