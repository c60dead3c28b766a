package org.onewindow.reporting;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class IndicatorVersionPostgresIntegrationTest extends IndicatorVersionScenarios {
}
