package org.onewindow.reporting;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ProcessReportPostgresIntegrationTest extends ProcessReportScenarios {
}
