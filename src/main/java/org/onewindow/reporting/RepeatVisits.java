package org.onewindow.reporting;

/**
 * Repeat visits for one service item: of its cases accepted in the range, those whose applicant had an earlier
 * case of the same item accepted within the 30 days before (30 × 24 hours) — the failures of "at most one visit".
 * The applicant is the enterprise for an enterprise's case (whoever acts for it), else the person.
 *
 * @param repeatRate     repeat cases / cases; null without cases
 * @param atMostOneVisit whether the catalog promises this item in at most one visit
 */
public record RepeatVisits(String code, String name, long cases, long repeatCases, Double repeatRate,
        boolean atMostOneVisit) {
}
