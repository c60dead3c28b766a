package org.onewindow.reporting;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class PublicResultsIntegrationTest extends PublicResultsScenarios {
}
