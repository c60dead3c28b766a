package org.onewindow.casework;

import org.onewindow.support.H2IntegrationTest;

/** The routing rules' deployment on the embedded H2 database. */
@H2IntegrationTest
class RoutingRulesIntegrationTest extends RoutingRulesScenarios {
}
