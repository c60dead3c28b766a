package org.onewindow.intake;

import java.time.Instant;
import java.util.Set;

/**
 * Which cases a public status listing asks for: the cases with the given numbers (then nothing else counts),
 * or else the cases accepted in {@code [acceptedFrom, acceptedTo)} of the given service items (any item when
 * empty) that are open or closed as asked.
 *
 * @param open {@code true} for open cases only, {@code false} for ended ones (closed or withdrawn), {@code null}
 *     for both
 */
public record PublicCaseQuery(Set<String> caseNumbers, Set<String> serviceItemCodes, Instant acceptedFrom,
        Instant acceptedTo, Boolean open) {

    public PublicCaseQuery {
        caseNumbers = caseNumbers == null ? Set.of() : Set.copyOf(caseNumbers);
        serviceItemCodes = serviceItemCodes == null ? Set.of() : Set.copyOf(serviceItemCodes);
    }

    public static PublicCaseQuery byNumbers(Set<String> caseNumbers) {
        return new PublicCaseQuery(caseNumbers, Set.of(), null, null, null);
    }
}
