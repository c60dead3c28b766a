package org.onewindow.casework;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class ProgressLookupPostgresIntegrationTest extends ProgressLookupScenarios {
}
