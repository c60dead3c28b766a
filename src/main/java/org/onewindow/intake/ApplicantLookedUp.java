package org.onewindow.intake;

import java.time.Instant;

/**
 * A front-desk member found an applicant by their ID number at the window, or revealed the mobile on record;
 * the citizen file records it in its access log, like an opening of the file. Published inside the transaction
 * of the look-up, so that nothing is read without its record.
 */
public record ApplicantLookedUp(ApplicantRef applicant, String staff, What what, Instant at) {

    /** What the front desk read. */
    public enum What {
        /** Found the applicant: name and masked mobile. */
        FOUND,
        /** Revealed the mobile on record, unmasked. */
        MOBILE_REVEALED
    }
}
