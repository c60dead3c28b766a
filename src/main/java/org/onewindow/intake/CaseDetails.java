package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * The business record of one case as staff screens show it. The citizen's ID number is masked.
 *
 * @param deliveredBy username of the staff member who delivered the result and so closed the case; {@code null}
 *     while open, and for cases closed before it was recorded
 * @param applicant who applied: the citizen, or the enterprise the citizen stands for
 * @param enterpriseName the enterprise's name when an enterprise applied, else {@code null}
 * @param agentRole how the citizen stands for the enterprise, else {@code null}
 * @param segments what the hall knew of the applicant at intake
 * @param citizenName the name given for the case (the record may say otherwise since)
 * @param citizenMaskedMobile the mobile given for the case, masked; empty when none was given
 * @param reachable the case has a mobile or an e-mail to send its messages to; without, the citizen is not told
 * @param contactDiffersFromRecord the name, mobile or address given for the case (or the enterprise's name) is
 *     not what the applicant's record says now
 * @param serviceItemName the item's Chinese name, as the version the case was registered with named it
 * @param serviceItemVersion the version of the service item the case was registered with: its materials, limits and
 *     names are what the case reads ({@code CatalogService#version}), whatever was published since
 * @param serviceItemNameEn the item's English name in that version
 */
public record CaseDetails(String caseNumber, String serviceItemCode, String serviceItemName,
        String leadDepartmentCode, List<String> collaboratingDepartmentCodes, String citizenName,
        String citizenMaskedIdNumber, String citizenMaskedMobile, Channel channel, CaseStatus status,
        List<CaseMaterial> materials, String notes, String registeredBy, Instant acceptedAt, Instant dueAt,
        Instant closedAt, Outcome outcome, String outcomeReason, String deliveredBy, ApplicantRef applicant,
        String enterpriseName, AgentRole agentRole, Segments segments, boolean reachable,
        boolean contactDiffersFromRecord, int serviceItemVersion, String serviceItemNameEn) {

    public CaseDetails {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
        materials = List.copyOf(materials);
    }

    /** A case of the item's first version, named alike in both languages, as screens' tests build it. */
    public CaseDetails(String caseNumber, String serviceItemCode, String serviceItemName, String leadDepartmentCode,
            List<String> collaboratingDepartmentCodes, String citizenName, String citizenMaskedIdNumber,
            String citizenMaskedMobile, Channel channel, CaseStatus status, List<CaseMaterial> materials, String notes,
            String registeredBy, Instant acceptedAt, Instant dueAt, Instant closedAt, Outcome outcome,
            String outcomeReason, String deliveredBy, ApplicantRef applicant, String enterpriseName,
            AgentRole agentRole, Segments segments, boolean reachable, boolean contactDiffersFromRecord) {
        this(caseNumber, serviceItemCode, serviceItemName, leadDepartmentCode, collaboratingDepartmentCodes,
                citizenName, citizenMaskedIdNumber, citizenMaskedMobile, channel, status, materials, notes,
                registeredBy, acceptedAt, dueAt, closedAt, outcome, outcomeReason, deliveredBy, applicant,
                enterpriseName, agentRole, segments, reachable, contactDiffersFromRecord, 1, serviceItemName);
    }

    /** The item's name in the reader's language, as the case's version named it. */
    public String serviceItemName(java.util.Locale locale) {
        boolean english = locale != null
                && org.onewindow.shared.i18n.Translations.ENGLISH
                        .equals(org.onewindow.shared.i18n.Translations.supported(locale));
        return english && serviceItemNameEn != null && !serviceItemNameEn.isBlank() ? serviceItemNameEn
                : serviceItemName;
    }

    /** "v2", as the case view and the receipt show the version. */
    public String serviceItemVersionLabel() {
        return "v" + serviceItemVersion;
    }

    /** A case with a mobile given for it, as the record still has it. */
    public CaseDetails(String caseNumber, String serviceItemCode, String serviceItemName, String leadDepartmentCode,
            List<String> collaboratingDepartmentCodes, String citizenName, String citizenMaskedIdNumber,
            String citizenMaskedMobile, Channel channel, CaseStatus status, List<CaseMaterial> materials, String notes,
            String registeredBy, Instant acceptedAt, Instant dueAt, Instant closedAt, Outcome outcome,
            String outcomeReason, String deliveredBy, ApplicantRef applicant, String enterpriseName,
            AgentRole agentRole,
            Segments segments) {
        this(caseNumber, serviceItemCode, serviceItemName, leadDepartmentCode, collaboratingDepartmentCodes,
                citizenName, citizenMaskedIdNumber, citizenMaskedMobile, channel, status, materials, notes,
                registeredBy,
                acceptedAt, dueAt, closedAt, outcome, outcomeReason, deliveredBy, applicant, enterpriseName, agentRole,
                segments, true, false);
    }

    /** A case of a person applying for themselves, as screens and tests build it. */
    public CaseDetails(String caseNumber, String serviceItemCode, String serviceItemName, String leadDepartmentCode,
            List<String> collaboratingDepartmentCodes, String citizenName, String citizenMaskedIdNumber,
            String citizenMaskedMobile, Channel channel, CaseStatus status, List<CaseMaterial> materials, String notes,
            String registeredBy, Instant acceptedAt, Instant dueAt, Instant closedAt, Outcome outcome,
            String outcomeReason, String deliveredBy) {
        this(caseNumber, serviceItemCode, serviceItemName, leadDepartmentCode, collaboratingDepartmentCodes,
                citizenName, citizenMaskedIdNumber, citizenMaskedMobile, channel, status, materials, notes,
                registeredBy,
                acceptedAt, dueAt, closedAt, outcome, outcomeReason, deliveredBy, null, null, null,
                new Segments(ApplicantType.PERSON, null, null, channel, false));
    }

    /** The one who applied as a heading names them: the enterprise, or the person. */
    public String applicantName() {
        return enterpriseName != null ? enterpriseName : citizenName;
    }

    /** A case nobody delivered a result of yet (open, or withdrawn). */
    public CaseDetails(String caseNumber, String serviceItemCode, String serviceItemName, String leadDepartmentCode,
            List<String> collaboratingDepartmentCodes, String citizenName, String citizenMaskedIdNumber,
            String citizenMaskedMobile, Channel channel, CaseStatus status, List<CaseMaterial> materials, String notes,
            String registeredBy, Instant acceptedAt, Instant dueAt, Instant closedAt, Outcome outcome,
            String outcomeReason) {
        this(caseNumber, serviceItemCode, serviceItemName, leadDepartmentCode, collaboratingDepartmentCodes,
                citizenName, citizenMaskedIdNumber, citizenMaskedMobile, channel, status, materials, notes,
                registeredBy,
                acceptedAt, dueAt, closedAt, outcome, outcomeReason, null);
    }

    /** Departments that work on the case: the lead first, then the collaborating ones. */
    public List<String> involvedDepartmentCodes() {
        var all = new java.util.ArrayList<String>();
        all.add(leadDepartmentCode);
        all.addAll(collaboratingDepartmentCodes);
        return all;
    }

    public boolean isOverdue(Instant now) {
        return status.isOpen() && dueAt != null && now.isAfter(dueAt);
    }
}
