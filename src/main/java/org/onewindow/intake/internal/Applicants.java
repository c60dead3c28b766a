package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.onewindow.intake.AgeBand;
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
 * their contact details, language and address current, and derives the segments the case keeps.
 */
@Component
class Applicants {

    /** The applicant of a new case, with its segments. */
    record Registered(CitizenEntity citizen, EnterpriseEntity enterprise, Segments segments) {
    }

    private final CitizenRepository citizens;
    private final EnterpriseRepository enterprises;
    private final CaseRepository cases;
    private final RegionTable regions;
    private final Clock clock;

    Applicants(CitizenRepository citizens, EnterpriseRepository enterprises, CaseRepository cases, RegionTable regions,
            Clock clock) {
        this.citizens = citizens;
        this.enterprises = enterprises;
        this.cases = cases;
        this.regions = regions;
        this.clock = clock;
    }

    /** Call before the case is saved, so that "returning" sees only earlier cases. */
    Registered register(CaseRegistration registration, Instant now) {
        Upserted<CitizenEntity> citizen = upsertCitizen(registration, now);
        Upserted<EnterpriseEntity> enterprise = registration.enterprise() == null ? null
                : upsertEnterprise(registration.enterprise(), now);
        return new Registered(citizen.entity(), enterprise == null ? null : enterprise.entity(),
                segments(registration, citizen, enterprise, now));
    }

    /** An applicant found or created; one created just now has no earlier cases to look for. */
    private record Upserted<T>(T entity, boolean created) {
    }

    private Upserted<EnterpriseEntity> upsertEnterprise(EnterpriseApplicant applicant, Instant now) {
        String code = UnifiedSocialCreditCode.normalize(applicant.creditCode());
        String name = applicant.name().trim();
        return enterprises.findByCreditCode(code).map(existing -> {
            existing.rename(name);
            return new Upserted<>(existing, false);
        }).orElseGet(() -> new Upserted<>(enterprises.save(new EnterpriseEntity(code, name, now)), true));
    }

    private Segments segments(CaseRegistration registration, Upserted<CitizenEntity> person,
            Upserted<EnterpriseEntity> company, Instant now) {
        CitizenEntity citizen = person.entity();
        if (company != null) {
            EnterpriseEntity enterprise = company.entity();
            boolean returning = !company.created() && cases.existsByEnterprise_Id(enterprise.id());
            String district = regions.districts().fromAddress(registration.address())
                    .or(() -> regions.districts().fromIdNumber(UnifiedSocialCreditCode.regionCode(enterprise.creditCode())))
                    .map(Region::code).orElse(null);
            return new Segments(ApplicantType.ENTERPRISE, null, district, registration.channel(), returning);
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        AgeBand ageBand = citizen.idType() == IdType.RESIDENT_ID
                ? ResidentIdNumber.birthDateOf(citizen.idNumber()).map(birth -> AgeBand.of(birth, today)).orElse(null)
                : null;
        boolean returning = !person.created() && cases.existsByCitizen_IdAndEnterpriseIsNull(citizen.id());
        String district = regions.districts().resolve(citizen.address(), citizen.idType(), citizen.idNumber());
        return new Segments(ApplicantType.PERSON, ageBand, district, registration.channel(), returning);
    }

    private Upserted<CitizenEntity> upsertCitizen(CaseRegistration registration, Instant now) {
        String idNumber = ResidentIdNumber.normalize(registration.idNumber());
        String name = registration.citizenName().trim();
        String mobile = registration.mobile().trim();
        Upserted<CitizenEntity> found = citizens.findByIdTypeAndIdNumber(registration.idType(), idNumber)
                .map(existing -> {
                    existing.updateContact(name, mobile);
                    return new Upserted<>(existing, false);
                }).orElseGet(() -> new Upserted<>(new CitizenEntity(name, registration.idType(), idNumber, mobile, now), true));
        CitizenEntity citizen = found.entity();
        if (registration.language() != null) {
            citizen.prefer(Translations.supported(registration.language()));
        }
        citizen.moveTo(registration.address());
        if (found.created()) {
            // Saved complete: the row is inserted at once (identity key), and a change after that is an update.
            citizens.save(citizen);
        }
        return found;
    }

}
