package org.onewindow.satisfaction;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class EvaluationPeriodPostgresIntegrationTest extends EvaluationPeriodScenarios {
}
