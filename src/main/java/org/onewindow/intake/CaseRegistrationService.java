package org.onewindow.intake;

import java.util.Map;
import java.util.Optional;

/**
 * Registering a case: at the window, where the clerk first finds the applicant on record, and online (the Open311
 * API). Callers: the window's screen, Open311, the demo hall.
 */
public interface CaseRegistrationService {

    /** Field name → message for every problem of the registration; empty when it can be submitted. */
    Map<String, String> validate(CaseRegistration registration);

    /**
     * Registers the citizen (or, since the front desk checked their identity, updates their name, mobile and address,
     * keeping each change in {@link ApplicantRecordService#changesOf}), creates the case with its number and due date
     * and the contact details given for it, and starts its process, all in one transaction.
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
}
