package org.onewindow.casework;

import java.time.Instant;

/** The version of the routing table {@code caseRouting} that routed a case, and when. */
public record RoutedBy(String decisionDefinitionId, int version, Instant routedAt) {
}
