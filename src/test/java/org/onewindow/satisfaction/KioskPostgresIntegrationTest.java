package org.onewindow.satisfaction;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class KioskPostgresIntegrationTest extends KioskScenarios {
}
