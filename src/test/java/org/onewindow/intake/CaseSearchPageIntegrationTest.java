package org.onewindow.intake;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class CaseSearchPageIntegrationTest extends CaseSearchPageScenarios {
}
