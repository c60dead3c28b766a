package org.onewindow.satisfaction;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class EvaluationPeriodIntegrationTest extends EvaluationPeriodScenarios {
}
