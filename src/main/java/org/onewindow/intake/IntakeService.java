package org.onewindow.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onewindow.shared.PageRequest;

/** Registration of cases and the case record. */
public interface IntakeService {

    /** Field name → message for every problem of the registration; empty when it can be submitted. */
    Map<String, String> validate(CaseRegistration registration);

    /**
     * Registers the citizen (or, since the front desk checked their identity, updates their name, mobile and address,
     * keeping each change in {@link #changesOf}), creates the case with its number and due date and the contact
     * details given for it, and starts its process, all in one transaction.
     *
     * @throws InvalidRegistrationException when {@link #validate} finds problems; nothing is saved then
     */
    RegisteredCase register(CaseRegistration registration);

    /**
     * Registers a request a citizen made online (the Open311 API): the same checks, the same case and process as
     * at the window, but nobody of the hall is signed in, and the acceptance review waits unclaimed in the front
     * desk's queue for whoever checks the citizen's materials. The caller has authenticated the client. Nobody
     * checked who sent it: the contact details it brought are the new case's only; the citizen or enterprise on
     * record, and their other cases, stay as they are.
     *
     * @param submittedThrough who passed the request on, recorded as the case's "registered by" (at most 64
     *     characters), e.g. {@code open311:Citizen app}
     * @throws InvalidRegistrationException when {@link #validate} finds problems, or the channel is not
     *     {@link Channel#ONLINE}; nothing is saved then
     */
    RegisteredCase registerOnline(CaseRegistration registration, String submittedThrough);

    Optional<Citizen> findCitizen(IdType idType, String idNumber);

    /**
     * The window's "find applicant": the citizen with this document number, the mobile masked. Recorded in the
     * citizen file's access log ({@link ApplicantLookedUp}).
     */
    Optional<WindowApplicant> findAtWindow(IdType idType, String idNumber);

    /**
     * The mobile on record of a citizen found at the window, unmasked, for the clerk to check with the person;
     * recorded in the citizen file's access log ({@link ApplicantLookedUp}).
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown person
     */
    Optional<String> revealMobileAtWindow(ApplicantRef person);

    /** Changes of the applicant's record made at the window, newest first. Mobiles masked; no permission check. */
    List<ApplicantChange> changesOf(ApplicantRef applicant);

    /** The mobile given for the case, unmasked, for messages and calls to the citizen; not for screens. */
    Optional<String> citizenMobile(String caseNumber);

    /** The language chosen for the case's messages (Simplified Chinese unless English was chosen). */
    Locale citizenLanguage(String caseNumber);

    /** Where the case's messages go, as given for the case; empty for an unknown case. */
    Optional<CaseContact> caseContact(String caseNumber);

    Optional<CaseDetails> caseDetails(String caseNumber);

    /** Cases by number, for screens that list many at once. Unknown numbers are left out. */
    List<CaseDetails> caseDetails(Collection<String> caseNumbers);

    /** Open cases for managers, newest due first; paged in the database. */
    List<CaseDetails> openCases(OpenCaseFilter filter, PageRequest page);

    long countOpenCases(OpenCaseFilter filter);

    /**
     * Cases matching the criteria, newest first, paged in the database.
     *
     * @param departmentScope only cases these departments work on (lead or collaborating); {@code null} for
     *     all cases. The caller decides the scope from who is asking.
     */
    List<CaseDetails> searchCases(CaseSearchCriteria criteria, Set<String> departmentScope, PageRequest page);

    long countCases(CaseSearchCriteria criteria, Set<String> departmentScope);

    /**
     * Where cases stand, for the public (the Open311 API): nothing about the citizen. Newest accepted first, at
     * most {@code limit}; one query, served by the indexes on case number and acceptance time.
     */
    List<PublicCaseStatus> publicStatuses(PublicCaseQuery query, int limit);

    /**
     * Records a one-time notice of missing materials and stops the legal clock of the case.
     *
     * @throws org.onewindow.shared.InvalidInputException when nothing, or something not required by the
     *     service item, is listed as missing
     */
    MaterialsNotice issueMaterialsNotice(String caseNumber, String stepName, List<String> missing, String note,
            String issuedBy, Instant bringBy);

    /** The citizen brought materials: marks them received and closes the open notice. */
    void recordMaterialsReceived(String caseNumber, List<String> received, Instant at);

    /**
     * Restarts the legal clock after waiting for materials: the due date moves out by the working days the
     * case waited. Returns the new due date.
     */
    Instant resumeClock(String caseNumber, Instant at);

    /** Ends the case without a decision and publishes {@link CaseWithdrawn}. */
    void withdraw(String caseNumber, String reason, Instant at);

    List<MaterialsNotice> materialsNotices(String caseNumber);

    Optional<MaterialsNotice> materialsNotice(long id);

    /**
     * Stores a scanned material with the case under a name the hall chooses; the given file name is kept as its
     * label. The type is recognised from the content (PDF, PNG, JPEG), and the file name's extension and the
     * declared media type (may be empty) must agree with it.
     *
     * @throws org.onewindow.shared.InvalidInputException for an empty, too large, unrecognised or misnamed file;
     *         nothing is stored then
     */
    Attachment attach(String caseNumber, String fileName, String declaredType, byte[] content, String uploadedBy);

    List<Attachment> attachments(String caseNumber);

    Optional<Attachment> attachment(long id);

    byte[] attachmentContent(long id);

    /** The routing rules sent the case to other departments than the catalog's. */
    void applyRouting(String caseNumber, String leadDepartment, List<String> collaboratingDepartments);

    /** A step moved from one department to another: the case's departments (and lead, if it was) follow. */
    void moveDepartment(String caseNumber, String fromDepartment, String toDepartment, boolean lead);

    /** Moves the case to the status its process reached. Called by process listeners. */
    void changeStatus(String caseNumber, CaseStatus status);

    void recordOutcome(String caseNumber, Outcome outcome, String reason);

    /**
     * Closes the case at the given time and publishes {@link CaseClosed}.
     *
     * @param deliveredBy username of the staff member who delivered the result
     */
    void close(String caseNumber, Instant closedAt, String deliveredBy);

    /** Closed cases whose result the staff member delivered at or after {@code since}, newest first. */
    List<CaseDetails> casesDeliveredBy(String username, Instant since, int limit);

    /*
     * The applicant file (module crm). These make no permission check: the caller decides who may read an
     * applicant's file, and records that they did. Identifying numbers are masked, but for unmaskedIdentifier.
     */

    /** The applicant, masked; empty when there is no such person or enterprise. */
    Optional<ApplicantSummary> applicant(ApplicantRef applicant);

    /**
     * Applicants whose resident ID (or other document) number or unified social credit code is exactly the given
     * one, after the usual normalising (spaces, hyphens, lower case); the front desk's search.
     */
    List<ApplicantSummary> findApplicants(String idNumberOrCreditCode);

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
