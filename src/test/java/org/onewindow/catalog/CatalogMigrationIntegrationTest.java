package org.onewindow.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** {@link CatalogMigrationScenarios} on a new in-memory H2 database for each test. */
class CatalogMigrationIntegrationTest extends CatalogMigrationScenarios {

    @Override
    protected Connection emptyDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:catalog-migration-" + UUID.randomUUID(), "sa", "");
    }
}
