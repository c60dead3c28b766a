package org.onewindow.intake;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One applicant as the citizen file shows it, with every identifying number masked: a person, or an enterprise
 * with the people who stood for it at the window.
 *
 * @param displayName the person's name, or the enterprise's registered name
 * @param idType the person's identity document; {@code null} for an enterprise
 * @param maskedIdentifier the ID number, or the unified social credit code, masked
 * @param maskedMobile the person's mobile, masked; {@code null} for an enterprise
 * @param address where the person said they live, or {@code null}; for an enterprise {@code null}
 * @param district the most precise known division: from the address or the ID number for a person, from the
 *     latest case (address or credit code) for an enterprise; {@code null} when nothing says
 * @param preferredLanguage the language of the person's messages; {@code null} for an enterprise
 * @param firstSeen when the hall first registered the applicant
 * @param related for an enterprise its legal representatives and agents; for a person the enterprises they stood
 *     for; the most recent first
 */
public record ApplicantSummary(ApplicantRef ref, String displayName, IdType idType, String maskedIdentifier,
        String maskedMobile, String address, Region district, Locale preferredLanguage, Instant firstSeen,
        List<Relation> related) {

    public ApplicantSummary {
        related = List.copyOf(related);
    }

    public ApplicantType type() {
        return ref.type();
    }

    /** The GB/T 2260 code of {@link #district()}, or {@code null}. */
    public String districtCode() {
        return district == null ? null : district.code();
    }

    /**
     * A person who acted for an enterprise, seen from either side.
     *
     * @param other the enterprise (in a person's summary) or the person (in an enterprise's)
     * @param name its name
     * @param maskedIdentifier its credit code or ID number, masked
     * @param role how the person stood for the enterprise on these cases
     * @param cases how many cases they had together in this role
     * @param lastSeen the acceptance of the latest of them
     */
    public record Relation(ApplicantRef other, String name, String maskedIdentifier, AgentRole role, long cases,
            Instant lastSeen) {
    }
}
