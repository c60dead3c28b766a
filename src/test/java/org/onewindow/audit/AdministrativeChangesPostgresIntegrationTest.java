package org.onewindow.audit;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class AdministrativeChangesPostgresIntegrationTest extends AdministrativeChangesScenarios {
}
