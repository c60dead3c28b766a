package org.onewindow.casework;

import java.time.Instant;
import java.util.List;

/**
 * A deployed version of the routing table {@code caseRouting}, read as rules.
 *
 * @param hitPolicy the table's hit policy as DMN names it ({@code FIRST}: the first matching rule decides)
 * @param deploymentName who deployed it and when, or the application's own deployment at start-up
 */
public record RoutingTable(String decisionDefinitionId, int version, Instant deployedAt, String deploymentName,
        String hitPolicy, List<RoutingRule> rules) {

    public RoutingTable {
        rules = List.copyOf(rules);
    }

    /** Whether the first matching rule decides, so that an earlier rule can shadow a later one. */
    public boolean firstMatchDecides() {
        return "FIRST".equals(hitPolicy);
    }
}
