package org.onewindow.reporting;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class DemandReportPostgresIntegrationTest extends DemandReportScenarios {
}
