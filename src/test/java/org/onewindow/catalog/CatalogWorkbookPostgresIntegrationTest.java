package org.onewindow.catalog;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class CatalogWorkbookPostgresIntegrationTest extends CatalogWorkbookScenarios {
}
