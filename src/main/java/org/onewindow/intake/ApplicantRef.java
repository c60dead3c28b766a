package org.onewindow.intake;

import java.util.Locale;
import java.util.Optional;

/**
 * Points at one applicant: a person (a citizen row) or an enterprise. Written in addresses as
 * {@code person-12} or {@code enterprise-3}, which says nothing about who they are.
 */
public record ApplicantRef(ApplicantType type, long id) {

    public String toPath() {
        return type.name().toLowerCase(Locale.ROOT) + "-" + id;
    }

    public static Optional<ApplicantRef> fromPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        int dash = path.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            ApplicantType type = ApplicantType.valueOf(path.substring(0, dash).toUpperCase(Locale.ROOT));
            return Optional.of(new ApplicantRef(type, Long.parseLong(path.substring(dash + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
