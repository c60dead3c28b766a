package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.intake.AgeBand;
import org.onewindow.intake.ApplicantChange;
import org.onewindow.intake.CaseContact;
import org.onewindow.intake.WindowApplicant;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.Region;
import org.onewindow.intake.Segments;
import org.onewindow.intake.UnifiedSocialCreditCode;
import org.onewindow.intake.Attachment;
import org.onewindow.intake.CaseClosed;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRegistered;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.intake.CaseWithdrawn;
import org.onewindow.intake.Channel;
import org.onewindow.intake.PublicCaseQuery;
import org.onewindow.intake.PublicCaseStatus;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.MaterialsRequested;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Citizen;
import org.onewindow.intake.IdType;
import org.onewindow.intake.IntakeService;
import org.onewindow.intake.InvalidRegistrationException;
import org.onewindow.intake.RegistrationField;
import org.onewindow.intake.OpenCaseFilter;
import org.onewindow.intake.Outcome;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.intake.ScannedFileType;
import org.onewindow.intake.ScannedFileTypes;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.CaseLogContext;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaIntakeService implements IntakeService {

    private static final Logger log = LoggerFactory.getLogger(JpaIntakeService.class);

    private final CitizenRepository citizens;
    private final Applicants applicants;
    private final CaseRepository cases;
    private final CatalogService catalog;
    private final WorkingDayCalendar calendar;
    private final RegistrationValidator validator;
    private final CaseNumberGenerator caseNumbers;
    private final LookupCodes lookupCodes;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;
    private final CaseSearchQuery searchQuery;
    private final MaterialsNoticeRepository notices;
    private final AttachmentStore attachmentStore;
    private final ApplicantQueries applicantQueries;
    private final ApplicantChangeLog changeLog;
    private final ApplicantsAtWindow atWindow;

    JpaIntakeService(CitizenRepository citizens, CaseRepository cases, CatalogService catalog,
            WorkingDayCalendar calendar, RegistrationValidator validator, CaseNumberGenerator caseNumbers,
            LookupCodes lookupCodes, CurrentStaff currentStaff, ApplicationEventPublisher events, Clock clock,
            EntityManager entityManager, CaseSearchQuery searchQuery, MaterialsNoticeRepository notices,
            AttachmentStore attachmentStore, Applicants applicants, ApplicantQueries applicantQueries,
            ApplicantChangeLog changeLog, ApplicantsAtWindow atWindow) {
        this.applicants = applicants;
        this.changeLog = changeLog;
        this.atWindow = atWindow;
        this.applicantQueries = applicantQueries;
        this.citizens = citizens;
        this.cases = cases;
        this.catalog = catalog;
        this.calendar = calendar;
        this.validator = validator;
        this.caseNumbers = caseNumbers;
        this.lookupCodes = lookupCodes;
        this.currentStaff = currentStaff;
        this.events = events;
        this.clock = clock;
        this.entityManager = entityManager;
        this.searchQuery = searchQuery;
        this.notices = notices;
        this.attachmentStore = attachmentStore;
    }

    @Override
    public Map<String, String> validate(CaseRegistration registration) {
        return RegistrationField.byProperty(validator.validate(registration));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + AppRoles.FRONT_DESK + "', '" + AppRoles.ADMIN + "')")
    public RegisteredCase register(CaseRegistration registration) {
        String clerk = currentStaff.require().username();
        return create(registration, clerk, clerk);
    }

    @Override
    @Transactional
    public RegisteredCase registerOnline(CaseRegistration registration, String submittedThrough) {
        if (submittedThrough == null || submittedThrough.isBlank() || submittedThrough.trim().length() > 64) {
            throw new IllegalArgumentException("An online case needs who submitted it (1 to 64 characters).");
        }
        if (registration.channel() != Channel.ONLINE) {
            // The window's cases need a signed-in front-desk member; this door is for online requests only.
            throw new InvalidRegistrationException(Map.of(RegistrationField.CHANNEL,
                    Translations.current("intake.error.channel.onlineOnly")));
        }
        return create(registration, submittedThrough.trim(), null);
    }

    /** @param checkedBy who checked the person's identity at the window; {@code null} online */
    private RegisteredCase create(CaseRegistration registration, String registeredBy, String checkedBy) {
        return CaseLogContext.scope(() -> createInScope(registration, registeredBy, checkedBy));
    }

    private RegisteredCase createInScope(CaseRegistration registration, String registeredBy, String checkedBy) {
        Map<RegistrationField, String> errors = validator.validate(registration);
        if (!errors.isEmpty()) {
            throw new InvalidRegistrationException(errors);
        }
        ServiceItem item = catalog.item(registration.serviceItemCode()).orElseThrow();
        Instant now = clock.instant();
        Applicants.Registered applicant = applicants.register(registration, checkedBy, now);
        CitizenEntity citizen = applicant.citizen();
        EnterpriseEntity enterprise = applicant.enterprise();
        Segments segments = applicant.segments();

        String lookupCode = lookupCodes.newCode();
        List<CaseMaterialEmbeddable> materials = item.requiredMaterials().stream()
                .map(name -> new CaseMaterialEmbeddable(name, registration.receivedMaterials().contains(name)))
                .toList();
        Instant dueAt = calendar.deadline(now, item.timeLimitWorkingDays());
        CaseEntity entity = new CaseEntity(caseNumbers.next(), citizen, item.code(), item.name(),
                item.leadDepartmentCode(), item.collaboratingDepartmentCodes(), registration.channel(),
                trimToNull(registration.notes()), registeredBy, LookupCodes.hash(lookupCode), now, dueAt, materials,
                item.timeLimitWorkingDays());
        // Complete before saving: the row is inserted at once (identity key), and a change after that is an update.
        entity.applicant(enterprise, registration.enterprise() == null ? null : registration.enterprise().agentRole(), segments);
        entity.contact(applicant.contact());
        cases.save(entity);
        // The process starts within this call (CaseRegistered); its steps and this line name the case.
        CaseLogContext.put(entity.caseNumber());

        String regionCode = enterprise != null ? UnifiedSocialCreditCode.regionCode(enterprise.creditCode())
                : registration.idType() == IdType.RESIDENT_ID ? citizen.idNumber().substring(0, 6) : null;
        events.publishEvent(new CaseRegistered(entity.caseNumber(), item.code(), item.leadDepartmentCode(),
                item.collaboratingDepartmentCodes(), dueAt, registeredBy, segments.applicantType().name(), regionCode,
                registration.channel()));
        log.info("Case registered: service item {}, channel {}, by {}", item.code(), registration.channel(), registeredBy);
        return new RegisteredCase(entity.toDetails(), lookupCode);
    }

    @Override
    public Optional<Citizen> findCitizen(IdType idType, String idNumber) {
        return citizens.findByIdTypeAndIdNumber(idType, ResidentIdNumber.normalize(idNumber))
                .map(CitizenEntity::toCitizen);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + AppRoles.FRONT_DESK + "', '" + AppRoles.ADMIN + "')")
    public Optional<WindowApplicant> findAtWindow(IdType idType, String idNumber) {
        return atWindow.find(idType, idNumber);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyRole('" + AppRoles.FRONT_DESK + "', '" + AppRoles.ADMIN + "')")
    public Optional<String> revealMobileAtWindow(ApplicantRef person) {
        return atWindow.revealMobile(person);
    }

    @Override
    public List<ApplicantChange> changesOf(ApplicantRef applicant) {
        return changeLog.of(applicant);
    }

    @Override
    public Optional<CaseContact> caseContact(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseEntity::caseContact);
    }

    @Override
    public Optional<String> citizenMobile(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseEntity::citizenMobile);
    }

    @Override
    public Locale citizenLanguage(String caseNumber) {
        return Translations.fromTag(cases.findByCaseNumber(caseNumber).map(CaseEntity::citizenLanguage).orElse(null));
    }

    @Override
    public Optional<CaseDetails> caseDetails(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(CaseEntity::toDetails);
    }

    @Override
    public List<CaseDetails> caseDetails(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        return cases.findByCaseNumberIn(caseNumbers).stream().map(CaseEntity::toDetails).toList();
    }

    @Override
    @PreAuthorize("hasAnyRole('" + AppRoles.MANAGER + "', '" + AppRoles.ADMIN + "')")
    public List<CaseDetails> openCases(OpenCaseFilter filter, PageRequest page) {
        return entityManager.createQuery("""
                select c from CaseEntity c
                where c.status <> :closed
                  and (:caseNumber is null or c.caseNumber like :caseNumber)
                  and (:serviceItemCode is null or c.serviceItemCode = :serviceItemCode)
                order by c.dueAt asc, c.caseNumber asc""", CaseEntity.class)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("caseNumber", likePattern(filter.caseNumber()))
                .setParameter("serviceItemCode", blankToNull(filter.serviceItemCode()))
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(CaseEntity::toDetails).toList();
    }

    @Override
    @PreAuthorize("hasAnyRole('" + AppRoles.MANAGER + "', '" + AppRoles.ADMIN + "')")
    public long countOpenCases(OpenCaseFilter filter) {
        return cases.countOpen(CaseStatus.CLOSED, likePattern(filter.caseNumber()), blankToNull(filter.serviceItemCode()));
    }

    @Override
    public List<CaseDetails> searchCases(CaseSearchCriteria criteria, Set<String> departmentScope, PageRequest page) {
        return searchQuery.page(criteria, departmentScope).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(CaseEntity::toDetails).toList();
    }

    @Override
    public long countCases(CaseSearchCriteria criteria, Set<String> departmentScope) {
        return searchQuery.count(criteria, departmentScope).getSingleResult();
    }

    @Override
    public List<PublicCaseStatus> publicStatuses(PublicCaseQuery query, int limit) {
        // A constructor projection: one query, without loading citizens and materials of up to a thousand cases.
        StringBuilder jpql = new StringBuilder("""
                select new org.onewindow.intake.PublicCaseStatus(c.caseNumber, c.serviceItemCode, c.serviceItemName,
                    c.leadDepartmentCode, c.channel, c.status, c.outcome, c.acceptedAt, c.dueAt, c.closedAt)
                from CaseEntity c where 1 = 1""");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!query.caseNumbers().isEmpty()) {
            jpql.append(" and c.caseNumber in :numbers");
            params.put("numbers", query.caseNumbers());
        } else {
            if (query.acceptedFrom() != null) {
                jpql.append(" and c.acceptedAt >= :from");
                params.put("from", query.acceptedFrom());
            }
            if (query.acceptedTo() != null) {
                jpql.append(" and c.acceptedAt < :to");
                params.put("to", query.acceptedTo());
            }
            if (!query.serviceItemCodes().isEmpty()) {
                jpql.append(" and c.serviceItemCode in :items");
                params.put("items", query.serviceItemCodes());
            }
            if (query.open() != null) {
                jpql.append(query.open() ? " and c.status not in :ended" : " and c.status in :ended");
                params.put("ended", List.of(CaseStatus.CLOSED, CaseStatus.WITHDRAWN));
            }
        }
        jpql.append(" order by c.acceptedAt desc, c.id desc");
        var typed = entityManager.createQuery(jpql.toString(), PublicCaseStatus.class).setMaxResults(limit);
        params.forEach(typed::setParameter);
        return typed.getResultList();
    }

    @Override
    @Transactional
    public MaterialsNotice issueMaterialsNotice(String caseNumber, String stepName, List<String> missing, String note,
            String issuedBy, Instant bringBy) {
        CaseEntity entity = load(caseNumber);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (missing == null || missing.isEmpty()) {
            errors.put("missing", Translations.current("intake.error.notice.nothingMissing"));
        } else if (!entity.requiredMaterialNames().containsAll(missing)) {
            errors.put("missing", Translations.current("intake.error.notice.notRequired",
                    entity.toDetails().serviceItemName()));
        }
        if (note != null && note.length() > 2000) {
            errors.put("note", Translations.current("intake.error.notice.noteTooLong", 2000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        entity.startWaiting(now);
        MaterialsNotice notice = notices.save(new MaterialsNoticeEntity(entity, stepName,
                List.copyOf(new java.util.LinkedHashSet<>(missing)), trimToNull(note), issuedBy, now, bringBy)).toNotice();
        events.publishEvent(new MaterialsRequested(caseNumber, notice.serviceItemName(), notice.missing(), bringBy));
        return notice;
    }

    @Override
    @Transactional
    public void recordMaterialsReceived(String caseNumber, List<String> received, Instant at) {
        CaseEntity entity = load(caseNumber);
        entity.markReceived(received);
        notices.findByCaseNumber(caseNumber).stream().filter(MaterialsNoticeEntity::isOpen)
                .forEach(notice -> notice.resolve(at));
    }

    @Override
    @Transactional
    public Instant resumeClock(String caseNumber, Instant at) {
        CaseEntity entity = load(caseNumber);
        if (entity.waitingSince() == null) {
            return entity.dueAt();
        }
        int waited = ClockStop.waitedWorkingDays(calendar, clock.getZone(), entity.waitingSince(), at);
        Instant newDue = ClockStop.extendedDue(calendar, clock.getZone(), entity.dueAt(), waited);
        entity.stopWaiting(newDue, waited);
        return newDue;
    }

    @Override
    @Transactional
    public Attachment attach(String caseNumber, String fileName, String declaredType, byte[] content, String uploadedBy) {
        CaseEntity entity = load(caseNumber);
        String label = ScanRules.label(fileName);
        Optional<ScannedFileType> type = ScannedFileTypes.recognise(content);
        Map<String, String> errors = ScanRules.errors(label, declaredType, content, type);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = attachmentStore.insert(entity.id(), entity.caseNumber(), label, type.get(), content, uploadedBy,
                clock.instant());
        log.info("Scan {} attached: {}, {} bytes, by {}", id, type.get().label(), content.length, uploadedBy);
        return attachmentStore.find(id).orElseThrow();
    }

    @Override
    public List<Attachment> attachments(String caseNumber) {
        return attachmentStore.forCase(caseNumber);
    }

    @Override
    public Optional<Attachment> attachment(long id) {
        return attachmentStore.find(id);
    }

    @Override
    public byte[] attachmentContent(long id) {
        return attachmentStore.content(id);
    }

    @Override
    @Transactional
    public void applyRouting(String caseNumber, String leadDepartment, List<String> collaboratingDepartments) {
        load(caseNumber).route(leadDepartment, collaboratingDepartments);
    }

    @Override
    @Transactional
    public void moveDepartment(String caseNumber, String fromDepartment, String toDepartment, boolean lead) {
        load(caseNumber).moveDepartment(fromDepartment, toDepartment, lead);
    }

    @Override
    @Transactional
    public void withdraw(String caseNumber, String reason, Instant at) {
        CaseEntity entity = load(caseNumber);
        entity.withdraw(reason, at);
        events.publishEvent(new CaseWithdrawn(caseNumber, entity.serviceItemCode(), reason, at));
    }

    @Override
    public List<MaterialsNotice> materialsNotices(String caseNumber) {
        return notices.findByCaseNumber(caseNumber).stream().map(MaterialsNoticeEntity::toNotice).toList();
    }

    @Override
    public Optional<MaterialsNotice> materialsNotice(long id) {
        return notices.findById(id).map(MaterialsNoticeEntity::toNotice);
    }

    @Override
    @Transactional
    public void changeStatus(String caseNumber, CaseStatus status) {
        load(caseNumber).changeStatus(status);
    }

    @Override
    @Transactional
    public void recordOutcome(String caseNumber, Outcome outcome, String reason) {
        load(caseNumber).recordOutcome(outcome, reason);
    }

    @Override
    @Transactional
    public void close(String caseNumber, Instant closedAt, String deliveredBy) {
        CaseEntity entity = load(caseNumber);
        entity.close(closedAt, deliveredBy, calendar, clock.getZone());
        events.publishEvent(new CaseClosed(caseNumber, entity.serviceItemCode(), entity.leadDepartmentCode(),
                entity.outcome(), closedAt, deliveredBy));
    }

    @Override
    public List<CaseDetails> casesDeliveredBy(String username, Instant since, int limit) {
        // Served by ix_case_delivered_by (delivered_by, closed_at).
        return entityManager.createQuery("""
                select c from CaseEntity c
                where c.deliveredBy = :username and c.closedAt >= :since and c.status = :closed
                order by c.closedAt desc, c.id desc""", CaseEntity.class)
                .setParameter("username", username).setParameter("since", since)
                .setParameter("closed", CaseStatus.CLOSED).setMaxResults(limit)
                .getResultStream().map(CaseEntity::toDetails).toList();
    }

    @Override
    public Optional<ApplicantSummary> applicant(ApplicantRef applicant) {
        return applicantQueries.summary(applicant);
    }

    @Override
    public List<ApplicantSummary> findApplicants(String idNumberOrCreditCode) {
        return applicantQueries.find(idNumberOrCreditCode);
    }

    @Override
    public List<CaseDetails> casesOf(ApplicantRef applicant, int limit) {
        return applicantQueries.cases(applicant, limit);
    }

    @Override
    public List<CaseDetails> openCasesOf(ApplicantRef applicant) {
        return applicantQueries.openCases(applicant);
    }

    @Override
    public List<MaterialsNotice> materialsNoticesOf(ApplicantRef applicant) {
        return applicantQueries.notices(applicant);
    }

    @Override
    public String unmaskedIdentifier(ApplicantRef applicant) {
        return applicantQueries.unmaskedIdentifier(applicant);
    }

    private CaseEntity load(String caseNumber) {
        return cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException(
                        Translations.current("intake.error.caseNotFound", caseNumber)));
    }

    private static String likePattern(String text) {
        String value = blankToNull(text);
        return value == null ? null : "%" + value.toUpperCase() + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String trimToNull(String value) {
        return blankToNull(value);
    }
}
