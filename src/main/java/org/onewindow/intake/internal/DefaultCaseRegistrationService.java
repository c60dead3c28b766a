package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.CaseRegistered;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.InvalidRegistrationException;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.intake.RegistrationField;
import org.onewindow.intake.Segments;
import org.onewindow.intake.UnifiedSocialCreditCode;
import org.onewindow.intake.WindowApplicant;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.CaseLogContext;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultCaseRegistrationService implements CaseRegistrationService {

    private static final Logger log = LoggerFactory.getLogger(DefaultCaseRegistrationService.class);

    private final RegistrationValidator validator;
    private final CatalogService catalog;
    private final WorkingDayCalendar calendar;
    private final Applicants applicants;
    private final ApplicantsAtWindow atWindow;
    private final CaseRepository cases;
    private final CaseNumberGenerator caseNumbers;
    private final LookupCodes lookupCodes;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultCaseRegistrationService(RegistrationValidator validator, CatalogService catalog,
            WorkingDayCalendar calendar, Applicants applicants, ApplicantsAtWindow atWindow, CaseRepository cases,
            CaseNumberGenerator caseNumbers, LookupCodes lookupCodes, CurrentStaff currentStaff,
            ApplicationEventPublisher events, Clock clock) {
        this.validator = validator;
        this.catalog = catalog;
        this.calendar = calendar;
        this.applicants = applicants;
        this.atWindow = atWindow;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.lookupCodes = lookupCodes;
        this.currentStaff = currentStaff;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Map<String, String> validate(CaseRegistration registration) {
        return RegistrationField.byProperty(validator.validate(registration));
    }

    @Override
    @Transactional
    @RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.ADMIN })
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

    @Override
    @Transactional
    @RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.ADMIN })
    public Optional<WindowApplicant> findAtWindow(IdType idType, String idNumber) {
        return atWindow.find(idType, idNumber);
    }

    @Override
    @Transactional
    @RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.ADMIN })
    public Optional<String> revealMobileAtWindow(ApplicantRef person) {
        return atWindow.revealMobile(person);
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
        java.util.Set<String> received = registration.receivedMaterials().stream().map(item::materialNamed)
                .flatMap(java.util.Optional::stream).map(MaterialRequirement::nameZh)
                .collect(java.util.stream.Collectors.toSet());
        List<CaseMaterialEmbeddable> materials = item.materials().stream()
                .map(material -> new CaseMaterialEmbeddable(material.nameZh(), received.contains(material.nameZh()),
                        material.nameEn()))
                .toList();
        Instant dueAt = calendar.deadline(now, item.timeLimitWorkingDays());
        CaseEntity entity = new CaseEntity(caseNumbers.next(), citizen, item.code(),
                new ServiceItemSnapshot(item.version(), item.nameZh(), item.nameEn()), item.leadDepartmentCode(),
                item.collaboratingDepartmentCodes(), registration.channel(),
                trimToNull(registration.notes()), registeredBy, LookupCodes.hash(lookupCode), now, dueAt, materials,
                item.timeLimitWorkingDays());
        // Complete before saving: the row is inserted at once (identity key), and a change after that is an update.
        entity.applicant(enterprise, registration.enterprise() == null ? null : registration.enterprise().agentRole(),
                segments);
        entity.contact(applicant.contact());
        cases.save(entity);
        // The process starts within this call (CaseRegistered); its steps and this line name the case.
        CaseLogContext.put(entity.caseNumber());

        String regionCode = enterprise != null ? UnifiedSocialCreditCode.regionCode(enterprise.creditCode())
                : registration.idType() == IdType.RESIDENT_ID ? citizen.idNumber().substring(0, 6) : null;
        events.publishEvent(new CaseRegistered(entity.caseNumber(), item.code(), item.leadDepartmentCode(),
                item.collaboratingDepartmentCodes(), dueAt, registeredBy, segments.applicantType().name(), regionCode,
                registration.channel(), item.version()));
        log.info("Case registered: service item {}, channel {}, by {}", item.code(), registration.channel(),
                registeredBy);
        return new RegisteredCase(entity.toDetails(), lookupCode);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
