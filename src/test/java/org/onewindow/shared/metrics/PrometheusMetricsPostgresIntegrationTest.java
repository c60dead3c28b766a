package org.onewindow.shared.metrics;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class PrometheusMetricsPostgresIntegrationTest extends PrometheusMetricsScenarios {
}
