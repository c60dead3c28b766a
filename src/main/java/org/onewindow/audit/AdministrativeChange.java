package org.onewindow.audit;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One administrative change as its service records it: the area, the subject (a department code, a username, an
 * API key's name, a calendar day), what was done, and short readable texts of the values before and after
 * ({@code null} where there was nothing before or is nothing after). Who and when are not part of it: the log takes
 * them from the signed-in person and the clock.
 */
public record AdministrativeChange(AdminArea area, String subject, AdminAction action, String before,
        String after) {

    /** Longest subject kept; a longer one is cut with "…". */
    public static final int MAX_SUBJECT_LENGTH = 200;
    /** Longest before or after text kept; a longer one is cut with "…". */
    public static final int MAX_TEXT_LENGTH = 2000;

    public AdministrativeChange {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(action, "action");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An administrative change names its subject");
        }
    }

    /**
     * Values as one readable text in the order given, e.g. {@code kind: HOLIDAY, name: 国庆节}; {@code null} values
     * are shown as "—".
     */
    public static String fields(Map<String, ?> values) {
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + (entry.getValue() == null ? "—" : entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}
