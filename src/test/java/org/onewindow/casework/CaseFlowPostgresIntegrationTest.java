package org.onewindow.casework;

import org.onewindow.support.PostgresIntegrationTest;

/** The core journey on the real PostgreSQL server, with the same Liquibase changelogs. */
@PostgresIntegrationTest
class CaseFlowPostgresIntegrationTest extends CaseFlowScenarios {
}
