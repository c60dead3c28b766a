package org.onewindow.intake;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class CaseSearchPagePostgresIntegrationTest extends CaseSearchPageScenarios {
}
