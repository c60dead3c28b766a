package org.onewindow.shared.metrics;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class PrometheusMetricsIntegrationTest extends PrometheusMetricsScenarios {
}
