package org.onewindow.reporting;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class PublicResultsPostgresIntegrationTest extends PublicResultsScenarios {
}
