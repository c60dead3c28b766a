package org.onewindow.catalog;

import org.onewindow.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class CatalogAdministrationPostgresIntegrationTest extends CatalogAdministrationScenarios {
}
