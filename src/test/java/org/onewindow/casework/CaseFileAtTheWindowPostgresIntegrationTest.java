package org.onewindow.casework;

import org.onewindow.support.PostgresIntegrationTest;

/** The case file at the window on the real PostgreSQL server, with the same Liquibase changelogs. */
@PostgresIntegrationTest
class CaseFileAtTheWindowPostgresIntegrationTest extends CaseFileAtTheWindowScenarios {
}
