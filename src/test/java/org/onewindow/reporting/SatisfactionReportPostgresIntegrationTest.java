package org.onewindow.reporting;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class SatisfactionReportPostgresIntegrationTest extends SatisfactionReportScenarios {
}
