package org.onewindow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A hall's catalog carried through the schema's changes: the database is migrated up to a changeSet, rows are written
 * the way the release of that schema wrote them, then the rest of the changelog runs and the rows must read as this
 * release reads them. Each test gets an empty database of its own ({@link #emptyDatabase}).
 */
abstract class CatalogMigrationScenarios {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    /** A connection to a new, empty database; the test closes it. */
    protected abstract Connection emptyDatabase() throws SQLException;

    @Test
    void itemsKeptBeforeVersionsBecomePublishedFirstVersionsWithTheirMaterials() throws Exception {
        try (Connection connection = emptyDatabase()) {
            Liquibase liquibase = liquibase(connection);
            migrateThrough(liquibase, "catalog-002");
            execute(connection, "insert into directory_department (code, name_zh, name_en) values "
                    + "('AMR', '市场监管局', 'Market Regulation'), ('HRSS', '人社局', 'Human Resources')");
            // As release 0.1.0 kept an item: one name, a description, the lead department and one time limit.
            execute(connection, "insert into catalog_service_item (code, name, description, lead_department_code, "
                    + "time_limit_days, at_most_one_visit) values "
                    + "('OLD-1', '个体工商户登记', '带齐材料到窗口办理', 'AMR', 20, true), "
                    + "('OLD-2', '失业登记', null, 'HRSS', 5, false)");
            execute(connection, "insert into catalog_item_collaborator (item_code, position, department_code) "
                    + "values ('OLD-1', 0, 'HRSS')");
            execute(connection, "insert into catalog_required_material (item_code, position, name) values "
                    + "('OLD-1', 0, '居民身份证'), ('OLD-1', 1, '经营场所证明')");

            liquibase.update(new Contexts(), new LabelExpression());

            assertThat(rows(connection, """
                    select code, version, state, name_zh, name_en, kind, legal_limit_days, promised_limit_days,
                    lead_department_code, online_application, guide_zh, guide_en, at_most_one_visit
                    from catalog_item_version order by code""")).containsExactly(
                    "OLD-1|1|PUBLISHED|个体工商户登记|个体工商户登记|PROMISED|20|20|AMR|true|带齐材料到窗口办理|带齐材料到窗口办理|true",
                    "OLD-2|1|PUBLISHED|失业登记|失业登记|PROMISED|5|5|HRSS|true|null|null|false");
            assertThat(rows(connection, """
                    select item_code, item_version, position, name_zh, name_en, required, original, copies
                    from catalog_version_material order by item_code, position""")).containsExactly(
                    "OLD-1|1|0|居民身份证|居民身份证|true|false|1", "OLD-1|1|1|经营场所证明|经营场所证明|true|false|1");
            assertThat(rows(connection, "select item_code, item_version, department_code "
                    + "from catalog_version_collaborator")).containsExactly("OLD-1|1|HRSS");
            // catalog-004 left the item its code, and catalog-005 its newest and published version, both the first.
            assertThat(rows(connection, "select code, newest_version, published_version from catalog_service_item "
                    + "order by code")).containsExactly("OLD-1|1|1", "OLD-2|1|1");
            assertThat(rows(connection, "select count(*) from information_schema.columns "
                    + "where lower(table_name) = 'catalog_service_item' and lower(column_name) = 'name'"))
                    .containsExactly("0");
        }
    }

    @Test
    void eachItemLearnsItsNewestAndPublishedVersion() throws Exception {
        try (Connection connection = emptyDatabase()) {
            Liquibase liquibase = liquibase(connection);
            migrateThrough(liquibase, "catalog-004");
            execute(connection, "insert into directory_department (code, name_zh, name_en) values "
                    + "('AMR', '市场监管局', 'Market Regulation')");
            execute(connection, "insert into catalog_service_item (code) values ('EDITED'), ('RETIRED'), ('NEW')");
            execute(connection, """
                    insert into catalog_item_version (code, version, state, name_zh, name_en, kind,
                    lead_department_code) values
                    ('EDITED', 1, 'SUPERSEDED', '甲', 'A', 'PROMISED', 'AMR'),
                    ('EDITED', 2, 'PUBLISHED', '甲', 'A', 'PROMISED', 'AMR'),
                    ('EDITED', 3, 'DRAFT', '甲乙', 'AB', 'PROMISED', 'AMR'),
                    ('RETIRED', 1, 'RETIRED', '丙', 'C', 'INSTANT', 'AMR'),
                    ('NEW', 1, 'DRAFT', '丁', 'D', 'PROMISED', 'AMR')""");

            liquibase.update(new Contexts(), new LabelExpression());

            // The draft waiting to be published is what the editors' list shows; new cases take version 2.
            assertThat(rows(connection, "select code, newest_version, published_version from catalog_service_item "
                    + "order by code")).containsExactly("EDITED|3|2", "NEW|1|null", "RETIRED|1|null");
        }
    }

    private static Liquibase liquibase(Connection connection) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        return new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
    }

    /** Runs the changelog up to and including the changeSet of that id, as the release that ended with it did. */
    @SuppressWarnings("deprecation")
    private static void migrateThrough(Liquibase liquibase, String id) throws LiquibaseException {
        List<ChangeSet> changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
        int through = -1;
        for (int i = 0; i < changeSets.size(); i++) {
            if (changeSets.get(i).getId().equals(id)) {
                through = i;
            }
        }
        assertThat(through).as("position of changeSet %s", id).isNotNegative();
        liquibase.update(through + 1, new Contexts(), new LabelExpression());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
