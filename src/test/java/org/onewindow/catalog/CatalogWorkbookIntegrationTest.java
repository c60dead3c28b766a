package org.onewindow.catalog;

import org.onewindow.support.H2IntegrationTest;

@H2IntegrationTest
class CatalogWorkbookIntegrationTest extends CatalogWorkbookScenarios {
}
