package org.onewindow.casework;

import java.util.List;

/**
 * Where a routing table sends a {@link SampleCase}: the matching rule (from 1; {@code null} when none matches, and
 * the case keeps the catalog's departments) and its outputs ({@code null} lead, empty collaborating: the catalog's).
 */
public record SampleRouting(Integer ruleNumber, String leadDepartmentCode, List<String> collaboratingDepartmentCodes) {

    public SampleRouting {
        collaboratingDepartmentCodes = List.copyOf(collaboratingDepartmentCodes);
    }
}
