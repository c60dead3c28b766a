package org.onewindow.casework;

import java.util.List;

/**
 * One row of the routing table {@code caseRouting}, as administrators edit it: which cases it takes and where it
 * sends them. A {@code null} item or applicant type matches any; the region as {@link RegionMatch} with a region
 * code. A {@code null} lead department keeps the catalog's lead department, an empty list of collaborating
 * departments the catalog's collaborating departments (the table's outputs left empty).
 *
 * @param applicantType {@code PERSON} or {@code ENTERPRISE} ({@code intake.ApplicantType}), or {@code null}
 * @param note why the rule is there, kept as the rule's description in the table
 */
public record RoutingRule(String serviceItemCode, String applicantType, RegionMatch regionMatch, String regionCode,
        String leadDepartmentCode, List<String> collaboratingDepartmentCodes, String note) {

    /** Longest note kept with a rule. */
    public static final int MAX_NOTE_LENGTH = 500;
    /** Most collaborating departments one rule may name. */
    public static final int MAX_COLLABORATING = 10;

    public RoutingRule {
        regionMatch = regionMatch == null ? RegionMatch.ANY : regionMatch;
        collaboratingDepartmentCodes = collaboratingDepartmentCodes == null ? List.of()
                : List.copyOf(collaboratingDepartmentCodes);
    }

    /** A rule for every case that keeps the catalog's departments: the table's last rule as shipped. */
    public static RoutingRule catalogDefault(String note) {
        return new RoutingRule(null, null, RegionMatch.ANY, null, null, List.of(), note);
    }
}
