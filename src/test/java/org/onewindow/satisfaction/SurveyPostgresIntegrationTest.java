package org.onewindow.satisfaction;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class SurveyPostgresIntegrationTest extends SurveyScenarios {
}
