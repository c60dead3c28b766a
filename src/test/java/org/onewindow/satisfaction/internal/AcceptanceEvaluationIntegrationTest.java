package org.onewindow.satisfaction.internal;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class AcceptanceEvaluationIntegrationTest extends AcceptanceEvaluationScenarios {
}
