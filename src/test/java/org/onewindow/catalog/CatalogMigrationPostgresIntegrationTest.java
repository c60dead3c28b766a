package org.onewindow.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.onewindow.support.PostgresNode;
import org.onewindow.support.PostgresTestDatabase;

/** {@link CatalogMigrationScenarios} on PostgreSQL, in a database of its own, created empty for each test. */
class CatalogMigrationPostgresIntegrationTest extends CatalogMigrationScenarios {

    private static final String DATABASE = PostgresTestDatabase.DATABASE + "_catalog_migration";

    @AfterAll
    static void dropDatabase() {
        PostgresNode.dropDatabase(DATABASE);
    }

    @Override
    protected Connection emptyDatabase() throws SQLException {
        PostgresNode.recreateDatabase(DATABASE);
        return DriverManager.getConnection(PostgresTestDatabase.url(DATABASE), PostgresTestDatabase.user(), "");
    }
}
