package org.onewindow.intake;

import java.util.Locale;

/**
 * A known citizen as the window's "find applicant" shows them: the mobile masked until the clerk reveals it.
 *
 * @param maskedMobile e.g. {@code 138****8000}; {@code null} when none is on record
 * @param address the address on record, or {@code null}
 */
public record WindowApplicant(ApplicantRef ref, String name, String maskedMobile, String address, Locale language) {
}
