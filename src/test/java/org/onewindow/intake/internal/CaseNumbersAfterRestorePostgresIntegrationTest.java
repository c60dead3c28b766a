package org.onewindow.intake.internal;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class CaseNumbersAfterRestorePostgresIntegrationTest extends CaseNumbersAfterRestoreScenarios {
}
