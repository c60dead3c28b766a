package org.onewindow.directory;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class DepartmentAdministrationPostgresIntegrationTest extends DepartmentAdministrationScenarios {
}
