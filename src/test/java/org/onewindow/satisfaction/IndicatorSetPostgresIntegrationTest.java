package org.onewindow.satisfaction;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class IndicatorSetPostgresIntegrationTest extends IndicatorSetScenarios {
}
