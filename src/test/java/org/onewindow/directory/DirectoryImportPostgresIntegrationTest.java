package org.onewindow.directory;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class DirectoryImportPostgresIntegrationTest extends DirectoryImportScenarios {
}
