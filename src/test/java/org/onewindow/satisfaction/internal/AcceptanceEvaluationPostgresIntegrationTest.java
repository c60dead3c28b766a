package org.onewindow.satisfaction.internal;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class AcceptanceEvaluationPostgresIntegrationTest extends AcceptanceEvaluationScenarios {
}
