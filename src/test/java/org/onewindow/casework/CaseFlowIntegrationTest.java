package org.onewindow.casework;

import org.onewindow.support.H2IntegrationTest;

/** The core journey on the embedded H2 database. */
@H2IntegrationTest
class CaseFlowIntegrationTest extends CaseFlowScenarios {
}
