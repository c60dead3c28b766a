package org.onewindow.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.intake.AgeBand;
import org.onewindow.intake.AgentRole;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.Segments;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.Outcome;
import org.onewindow.intake.CaseContact;
import org.onewindow.shared.IdNumbers;

/** The business record of a case. The workflow state lives in Camunda; the status mirrors it. */
@Entity
@Table(name = "intake_case")
class CaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @org.hibernate.annotations.NaturalId
    @Column(name = "case_number", nullable = false, unique = true, length = 32)
    private String caseNumber;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "citizen_id")
    private CitizenEntity citizen;

    @Column(name = "service_item_code", nullable = false, length = 32)
    private String serviceItemCode;

    // A snapshot of the catalog at acceptance: the case keeps what applied when it was accepted.
    @Embedded
    private ServiceItemSnapshot serviceItem;

    @Column(name = "lead_department_code", nullable = false, length = 32)
    private String leadDepartmentCode;

    @Column(name = "collaborating_departments", nullable = false, length = 500)
    private String collaboratingDepartments;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private CaseStatus status;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "registered_by", nullable = false, length = 64)
    private String registeredBy;

    @Column(name = "lookup_code_hash", nullable = false, length = 64)
    private String lookupCodeHash;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    // What the receipt printed at the window; a reprint says the same however the case has moved on.
    @Column(name = "receipt_due_at")
    private Instant receiptDueAt;

    @Column(name = "receipt_lead_department_code", length = 32)
    private String receiptLeadDepartmentCode;

    @Column(name = "delivered_by", length = 64)
    private String deliveredBy;

    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Column(name = "time_limit_days", nullable = false)
    private int timeLimitDays;

    @Column(name = "stopped_working_days", nullable = false)
    private int stoppedWorkingDays;

    @Column(name = "working_days_taken")
    private Integer workingDaysTaken;

    @Column(name = "closed_on_time")
    private Boolean closedOnTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Column(name = "outcome_reason", length = 2000)
    private String outcomeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false, length = 20)
    private ApplicantType applicantType = ApplicantType.PERSON;

    /** The enterprise applying; {@code citizen} is then its legal representative or agent. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private EnterpriseEntity enterprise;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_role", length = 30)
    private AgentRole agentRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 20)
    private AgeBand ageBand;

    @Column(name = "district_code", length = 6)
    private String districtCode;

    @Column(name = "returning_applicant", nullable = false)
    private boolean returningApplicant;

    @Embedded
    private ApplicantContactSnapshot contact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_case_material", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseMaterialEmbeddable> materials = new ArrayList<>();

    // Lead and collaborating departments, one row each: what case search filters staff's visibility on.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "intake_case_department", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "department_code", length = 32)
    private java.util.Set<String> involvedDepartments = new java.util.HashSet<>();

    protected CaseEntity() {
    }

    CaseEntity(String caseNumber, CitizenEntity citizen, String serviceItemCode, ServiceItemSnapshot serviceItem,
            String leadDepartmentCode,
            List<String> collaboratingDepartmentCodes, Channel channel, String notes,
            String registeredBy, String lookupCodeHash, Instant acceptedAt, Instant dueAt,
            List<CaseMaterialEmbeddable> materials, int timeLimitDays) {
        this.timeLimitDays = timeLimitDays;
        this.caseNumber = caseNumber;
        this.citizen = citizen;
        this.serviceItemCode = serviceItemCode;
        this.serviceItem = serviceItem;
        this.leadDepartmentCode = leadDepartmentCode;
        this.collaboratingDepartments = String.join(",", collaboratingDepartmentCodes);
        this.channel = channel;
        this.status = CaseStatus.ACCEPTED;
        this.notes = notes;
        this.registeredBy = registeredBy;
        this.lookupCodeHash = lookupCodeHash;
        this.acceptedAt = acceptedAt;
        this.dueAt = dueAt;
        this.receiptDueAt = dueAt;
        this.receiptLeadDepartmentCode = leadDepartmentCode;
        this.materials = new ArrayList<>(materials);
        this.involvedDepartments.add(leadDepartmentCode);
        this.involvedDepartments.addAll(collaboratingDepartmentCodes);
    }

    /** Who applied and the segments derived at intake; set once, when the case is registered. */
    void applicant(EnterpriseEntity enterprise, AgentRole agentRole, Segments segments) {
        this.enterprise = enterprise;
        this.agentRole = enterprise == null ? null : agentRole;
        this.applicantType = segments.applicantType();
        this.ageBand = segments.ageBand();
        this.districtCode = segments.districtCode();
        this.returningApplicant = segments.returning();
    }

    /** The contact details given for this case; set once, when it is registered. */
    void contact(Applicants.Contact given) {
        this.contact = new ApplicantContactSnapshot(given, enterprise != null);
    }

    CaseContact caseContact() {
        return contact.caseContact();
    }

    /** The record has moved on from what was given for this case. */
    boolean contactDiffersFromRecord() {
        return contact.differsFrom(citizen, enterprise);
    }

    ApplicantRef applicantRef() {
        return enterprise != null ? new ApplicantRef(ApplicantType.ENTERPRISE, enterprise.id())
                : new ApplicantRef(ApplicantType.PERSON, citizen.id());
    }

    void changeStatus(CaseStatus newStatus) {
        this.status = newStatus;
    }

    void recordOutcome(Outcome outcome, String reason) {
        this.outcome = outcome;
        this.outcomeReason = reason;
    }

    void startWaiting(Instant at) {
        this.waitingSince = at;
    }

    Instant waitingSince() {
        return waitingSince;
    }

    /** The clock runs again after {@code waitedWorkingDays}; the due date moves to {@code newDue}. */
    void stopWaiting(Instant newDue, int waitedWorkingDays) {
        this.waitingSince = null;
        this.dueAt = newDue;
        this.stoppedWorkingDays += waitedWorkingDays;
    }

    /**
     * Counts the due date again with the current calendar: the time limit plus the days the clock stood
     * still, from acceptance. Returns whether it moved.
     */
    boolean recountDue(org.onewindow.catalog.WorkingDayCalendar calendar) {
        Instant counted = calendar.deadline(acceptedAt, timeLimitDays + stoppedWorkingDays);
        boolean moved = !counted.equals(dueAt);
        this.dueAt = counted;
        return moved;
    }

    Instant dueAt() {
        return dueAt;
    }

    void markReceived(java.util.Collection<String> given) {
        CaseChecklist.markReceived(materials, given);
    }

    List<String> requiredMaterialNames() {
        return materials.stream().map(CaseMaterialEmbeddable::name).toList();
    }

    /** The Chinese name the case records a material by, for a name given in either language. */
    String materialKey(String given) {
        return CaseChecklist.key(materials, given);
    }

    void route(String lead, List<String> collaborating) {
        this.leadDepartmentCode = lead;
        this.collaboratingDepartments = String.join(",", collaborating);
        involvedDepartments.clear();
        involvedDepartments.add(lead);
        involvedDepartments.addAll(collaborating);
    }

    void moveDepartment(String from, String to, boolean lead) {
        if (lead) {
            this.leadDepartmentCode = to;
        } else {
            List<String> collaborating = new ArrayList<>(collaboratingDepartmentCodes());
            collaborating.replaceAll(code -> code.equals(from) ? to : code);
            this.collaboratingDepartments = String.join(",", collaborating);
        }
        involvedDepartments.remove(from);
        involvedDepartments.add(leadDepartmentCode);
        involvedDepartments.addAll(collaboratingDepartmentCodes());
    }

    void withdraw(String reason, Instant at) {
        this.status = CaseStatus.WITHDRAWN;
        this.outcomeReason = reason;
        this.closedAt = at;
        this.waitingSince = null;
    }

    /**
     * Closes the case and keeps what the reports measure: who delivered the result, the working days it took
     * with the clock running (the days it waited for the citizen's materials do not count), and whether it
     * closed by its due date.
     */
    void close(Instant at, String deliveredBy, WorkingDayCalendar calendar, java.time.ZoneId zone) {
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
        this.deliveredBy = deliveredBy;
        this.workingDaysTaken = Math.max(0, calendar.workingDaysBetween(acceptedAt.atZone(zone).toLocalDate(),
                at.atZone(zone).toLocalDate()) - stoppedWorkingDays);
        this.closedOnTime = !at.isAfter(dueAt);
    }

    Long id() {
        return id;
    }

    String citizenLanguage() {
        return contact.language();
    }

    String citizenMobile() {
        return contact.mobile();
    }

    /** A new lookup code for the case: the one before stops working with this change. */
    void replaceLookupCode(String newHash) {
        this.lookupCodeHash = newHash;
    }

    String lookupCodeHash() {
        return lookupCodeHash;
    }

    String caseNumber() {
        return caseNumber;
    }

    String serviceItemCode() {
        return serviceItemCode;
    }

    String leadDepartmentCode() {
        return leadDepartmentCode;
    }

    Outcome outcome() {
        return outcome;
    }

    List<String> collaboratingDepartmentCodes() {
        return collaboratingDepartments.isEmpty() ? List.of() : Arrays.asList(collaboratingDepartments.split(","));
    }

    CaseDetails toDetails() {
        return new CaseDetails(caseNumber, serviceItemCode, serviceItem.name(), leadDepartmentCode,
                collaboratingDepartmentCodes(), contact.name(), IdNumbers.mask(citizen.idNumber()),
                IdNumbers.maskPhone(contact.mobile()), channel, status,
                materials.stream().map(m -> new CaseMaterial(m.name(), m.received(), m.nameEn())).toList(), notes,
                registeredBy, acceptedAt, dueAt, closedAt, outcome, outcomeReason, deliveredBy, applicantRef(),
                enterprise == null ? null : contact.enterpriseName(), agentRole,
                new Segments(applicantType, ageBand, districtCode, channel, returningApplicant),
                caseContact().reachable(), contactDiffersFromRecord(), serviceItem.version(), serviceItem.nameEn());
    }

    /**
     * The case as its acceptance receipt named it: the due date, lead department and received materials of the
     * moment of acceptance; the rest as {@link #toDetails()}.
     */
    CaseDetails toDetailsAsAccepted() {
        CaseDetails now = toDetails();
        return new CaseDetails(now.caseNumber(), now.serviceItemCode(), now.serviceItemName(),
                receiptLeadDepartmentCode == null ? leadDepartmentCode : receiptLeadDepartmentCode,
                now.collaboratingDepartmentCodes(), now.citizenName(), now.citizenMaskedIdNumber(),
                now.citizenMaskedMobile(), now.channel(), now.status(),
                materials.stream().map(m -> new CaseMaterial(m.name(), m.receivedAtIntake(), m.nameEn())).toList(),
                now.notes(), now.registeredBy(), now.acceptedAt(), receiptDueAt == null ? dueAt : receiptDueAt,
                now.closedAt(), now.outcome(), now.outcomeReason(), now.deliveredBy(), now.applicant(),
                now.enterpriseName(), now.agentRole(), now.segments(), now.reachable(), now.contactDiffersFromRecord(),
                now.serviceItemVersion(), now.serviceItemNameEn());
    }

    /** For the provincial report only: the applicant unmasked (see {@code CaseRecordService#forProvince}). */
    org.onewindow.intake.ProvinceCase toProvinceCase() {
        return ProvinceCases.of(toDetails(), citizen, enterprise, contact);
    }
}
