package org.onewindow.casework;

import org.onewindow.support.PostgresIntegrationTest;

/** Scanned materials on the real PostgreSQL server, with the same Liquibase changelogs. */
@PostgresIntegrationTest
class ScannedMaterialsPostgresIntegrationTest extends ScannedMaterialsScenarios {
}
