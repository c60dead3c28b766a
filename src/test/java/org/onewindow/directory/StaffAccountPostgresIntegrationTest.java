package org.onewindow.directory;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class StaffAccountPostgresIntegrationTest extends StaffAccountScenarios {
}
