package org.onewindow.casework;

import org.onewindow.support.PostgresIntegrationTest;

/** The routing rules' deployment on the real PostgreSQL server. */
@PostgresIntegrationTest
class RoutingRulesPostgresIntegrationTest extends RoutingRulesScenarios {
}
