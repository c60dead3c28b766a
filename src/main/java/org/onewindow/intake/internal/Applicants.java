package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import java.util.Locale;
import java.util.Optional;

import org.onewindow.intake.AgeBand;
import org.onewindow.intake.ApplicantChange;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.EnterpriseApplicant;
import org.onewindow.intake.IdType;
import org.onewindow.intake.Region;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.intake.Segments;
import org.onewindow.intake.UnifiedSocialCreditCode;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * The applicant side of a registration: finds or creates the citizen (and the enterprise they stand for), keeps
 * their record current when the window checked who they are, and derives the segments and contact details the
 * case keeps.
 */
@Component
class Applicants {

    /** The applicant of a new case, with its segments and the contact details the case keeps. */
    record Registered(CitizenEntity citizen, EnterpriseEntity enterprise, Segments segments, Contact contact) {
    }

    /** The contact details as given for one case; the record may say otherwise, now or later. */
    record Contact(String name, String mobile, String email, String address, Locale language, String enterpriseName) {
    }

    private final CitizenRepository citizens;
    private final EnterpriseRepository enterprises;
    private final CaseRepository cases;
    private final RegionTable regions;
    private final ApplicantChangeLog changes;
    private final Clock clock;

    Applicants(CitizenRepository citizens, EnterpriseRepository enterprises, CaseRepository cases, RegionTable regions,
            ApplicantChangeLog changes, Clock clock) {
        this.citizens = citizens;
        this.enterprises = enterprises;
        this.cases = cases;
        this.regions = regions;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Call before the case is saved, so that "returning" sees only earlier cases.
     *
     * @param checkedBy the front-desk member who checked the person's identity at the window and so may correct the
     *     record (each change is kept); {@code null} for an online request, which changes no record: anyone who knows
     *     an ID number could send one
     */
    Registered register(CaseRegistration registration, String checkedBy, Instant now) {
        Upserted<CitizenEntity> citizen = upsertCitizen(registration, checkedBy, now);
        Upserted<EnterpriseEntity> enterprise = registration.enterprise() == null ? null
                : upsertEnterprise(registration.enterprise(), checkedBy, now);
        Contact contact = contact(registration, citizen.entity(), checkedBy != null);
        return new Registered(citizen.entity(), enterprise == null ? null : enterprise.entity(),
                segments(registration, contact, citizen, enterprise, now), contact);
    }

    /**
     * What the case keeps: what came with it; at the window, where the record was just brought up to date, a mobile
     * or address left empty is the one on record. Online, only what came: the record's mobile may not be the
     * sender's.
     */
    private static Contact contact(CaseRegistration registration, CitizenEntity citizen, boolean atWindow) {
        String mobile = trimToNull(registration.mobile());
        String address = trimToNull(registration.address());
        Locale language = registration.language() != null ? Translations.supported(registration.language())
                : Translations.fromTag(citizen.preferredLanguage());
        return new Contact(registration.citizenName().trim(), mobile == null && atWindow ? citizen.mobile() : mobile,
                trimToNull(registration.email()), address == null && atWindow ? citizen.address() : address, language,
                registration.enterprise() == null ? null : registration.enterprise().enterpriseName().trim());
    }

    /** An applicant found or created; one created just now has no earlier cases to look for. */
    private record Upserted<T>(T entity, boolean created) {
    }

    private Upserted<EnterpriseEntity> upsertEnterprise(EnterpriseApplicant applicant, String checkedBy, Instant now) {
        String code = UnifiedSocialCreditCode.normalize(applicant.creditCode());
        String name = applicant.enterpriseName().trim();
        return enterprises.findByCreditCode(code).map(existing -> {
            if (checkedBy != null) {
                changes.recordIfChanged(ApplicantChangeLog.enterprise(existing), ApplicantChange.Field.ENTERPRISE_NAME,
                        existing.name(), name, checkedBy, now);
                existing.rename(name);
            }
            return new Upserted<>(existing, false);
        }).orElseGet(() -> new Upserted<>(enterprises.save(new EnterpriseEntity(code, name, now)), true));
    }

    private Segments segments(CaseRegistration registration, Contact contact, Upserted<CitizenEntity> person,
            Upserted<EnterpriseEntity> company, Instant now) {
        CitizenEntity citizen = person.entity();
        if (company != null) {
            EnterpriseEntity enterprise = company.entity();
            boolean returning = !company.created() && cases.existsByEnterprise_Id(enterprise.id());
            String district = regions.districts().fromAddress(registration.address())
                    .or(() -> regions.districts()
                            .fromIdNumber(UnifiedSocialCreditCode.regionCode(enterprise.creditCode())))
                    .map(Region::code).orElse(null);
            return new Segments(ApplicantType.ENTERPRISE, null, district, registration.channel(), returning);
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        AgeBand ageBand = citizen.idType() == IdType.RESIDENT_ID
                ? ResidentIdNumber.birthDateOf(citizen.idNumber(), today).map(birth -> AgeBand.of(birth, today))
                        .orElse(null)
                : null;
        boolean returning = !person.created() && cases.existsByCitizen_IdAndEnterpriseIsNull(citizen.id());
        String district = regions.districts().resolve(contact.address(), citizen.idType(), citizen.idNumber());
        return new Segments(ApplicantType.PERSON, ageBand, district, registration.channel(), returning);
    }

    private Upserted<CitizenEntity> upsertCitizen(CaseRegistration registration, String checkedBy, Instant now) {
        String idNumber = ResidentIdNumber.normalize(registration.idNumber());
        String name = registration.citizenName().trim();
        String mobile = trimToNull(registration.mobile());
        String address = trimToNull(registration.address());
        Optional<CitizenEntity> existing = citizens.findByIdTypeAndIdNumber(registration.idType(), idNumber);
        if (existing.isEmpty()) {
            CitizenEntity citizen = new CitizenEntity(name, registration.idType(), idNumber, mobile, now);
            if (registration.language() != null) {
                citizen.prefer(Translations.supported(registration.language()));
            }
            citizen.moveTo(address);
            // Saved complete: the row is inserted at once (identity key), and a change after that is an update.
            citizens.save(citizen);
            return new Upserted<>(citizen, true);
        }
        CitizenEntity citizen = existing.get();
        if (checkedBy != null) {
            ApplicantRef ref = ApplicantChangeLog.person(citizen);
            String newMobile = mobile != null ? mobile : citizen.mobile();
            changes.recordIfChanged(ref, ApplicantChange.Field.NAME, citizen.name(), name, checkedBy, now);
            changes.recordIfChanged(ref, ApplicantChange.Field.MOBILE, citizen.mobile(), newMobile, checkedBy, now);
            if (address != null) {
                changes.recordIfChanged(ref, ApplicantChange.Field.ADDRESS, citizen.address(), address, checkedBy, now);
            }
            citizen.updateContact(name, newMobile);
            citizen.moveTo(address);
            if (registration.language() != null) {
                citizen.prefer(Translations.supported(registration.language()));
            }
        }
        return new Upserted<>(citizen, false);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
