package org.onewindow.crm;

import java.util.List;
import java.util.Optional;

import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantSummary;

/**
 * The citizen file, for staff with a need to know: the front desk and managers may open any file, case workers
 * and department heads only while their department works on an open case of the applicant; follow-up staff and
 * administrators never. Whoever has no open case of the applicant gives a reason. Every opening and every revealed
 * ID number is written to the audit log with who, when and why; the rules are checked here, not in the screens.
 */
public interface ApplicantFileService {

    /**
     * What the signed-in staff member may do with the file, before they open it (a screen asks for the reason).
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown applicant
     */
    FileAccess access(ApplicantRef applicant);

    /**
     * Opens the file and records that in the audit log.
     *
     * @param reason why; required (1 to {@value AccessReason#MAX_REASON_LENGTH} characters) when {@link #access}
     *     says {@link FileAccess#REASON_REQUIRED}, else optional ({@link AccessReason#NONE}) and kept when given
     * @throws org.onewindow.shared.InvalidInputException with {@link AccessReasonField#REASON} when it is missing or
     *     too long
     * @throws org.springframework.security.access.AccessDeniedException for staff without a need to know
     * @throws org.onewindow.shared.NotFoundException for an unknown applicant
     */
    ApplicantFile open(ApplicantRef applicant, AccessReason reason);

    /**
     * Front desk and managers: the unmasked ID number (or credit code), with a reason, recorded in the audit log.
     *
     * @throws org.onewindow.shared.InvalidInputException with {@link AccessReasonField#REASON} when it is missing or
     *     too long
     * @throws org.springframework.security.access.AccessDeniedException for everyone else
     */
    String revealIdentifier(ApplicantRef applicant, AccessReason reason);

    /** Managers: who opened the file or revealed the number, when and why, newest first. */
    List<FileAccessRecord> accessLog(ApplicantRef applicant);

    /**
     * Front desk and managers: the applicants with exactly this ID number or credit code (masked in the result).
     * Blank input finds nobody.
     */
    List<ApplicantSummary> search(String idNumberOrCreditCode);

    /**
     * The applicant of a case, when the signed-in staff member may open their file (perhaps with a reason), for a
     * link from the case page; empty otherwise or for an unknown case.
     */
    Optional<ApplicantRef> fileOfCase(String caseNumber);
}
