package org.onewindow.intake;

/**
 * What the hall knows of an applicant at intake, kept on the case so that reports can group demand without
 * reading personal data again: who applied, their age band (persons only), where they live, how they came, and
 * whether they had applied before.
 *
 * @param ageBand {@code null} for enterprises, and for persons whose document carries no birth date
 * @param districtCode the GB/T 2260 code of the most precise known division, from the address or else the
 *     resident ID number; {@code null} when neither says
 */
public record Segments(ApplicantType applicantType, AgeBand ageBand, String districtCode, Channel channel,
        boolean returning) {
}
