package org.onewindow.intake.internal;

import java.time.Clock;
import java.util.Optional;

import org.onewindow.directory.CurrentStaff;
import org.onewindow.intake.ApplicantLookedUp;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.IdType;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.intake.WindowApplicant;
import org.onewindow.shared.IdNumbers;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The window's "find applicant": the person on record with the mobile masked until the clerk reveals it, each find
 * and reveal published for the citizen file's access log. Who may call it is checked by
 * {@code DefaultCaseRegistrationService}.
 */
@Component
class ApplicantsAtWindow {

    private final CitizenRepository citizens;
    private final CurrentStaff currentStaff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicantsAtWindow(CitizenRepository citizens, CurrentStaff currentStaff, ApplicationEventPublisher events,
            Clock clock) {
        this.citizens = citizens;
        this.currentStaff = currentStaff;
        this.events = events;
        this.clock = clock;
    }

    Optional<WindowApplicant> find(IdType idType, String idNumber) {
        Optional<CitizenEntity> found = idType == null || idNumber == null ? Optional.empty()
                : citizens.findByIdTypeAndIdNumber(idType, ResidentIdNumber.normalize(idNumber));
        found.ifPresent(citizen -> lookedUp(citizen, ApplicantLookedUp.What.FOUND));
        return found.map(citizen -> new WindowApplicant(ApplicantChangeLog.person(citizen), citizen.name(),
                citizen.mobile() == null ? null : IdNumbers.maskPhone(citizen.mobile()), citizen.address(),
                Translations.fromTag(citizen.preferredLanguage())));
    }

    Optional<String> revealMobile(ApplicantRef person) {
        CitizenEntity citizen = (person.type() == ApplicantType.PERSON ? citizens.findById(person.id())
                : Optional.<CitizenEntity>empty()).orElseThrow(
                        () -> new NotFoundException(
                                Translations.current("intake.error.applicantNotFound", person.toPath())));
        lookedUp(citizen, ApplicantLookedUp.What.MOBILE_REVEALED);
        return Optional.ofNullable(citizen.mobile());
    }

    /** The citizen file's access log records it (crm listens), in this transaction. */
    private void lookedUp(CitizenEntity citizen, ApplicantLookedUp.What what) {
        events.publishEvent(new ApplicantLookedUp(ApplicantChangeLog.person(citizen), currentStaff.require().username(),
                what, clock.instant()));
    }
}
