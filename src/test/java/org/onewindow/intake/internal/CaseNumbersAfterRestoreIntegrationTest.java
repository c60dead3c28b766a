package org.onewindow.intake.internal;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class CaseNumbersAfterRestoreIntegrationTest extends CaseNumbersAfterRestoreScenarios {
}
