package org.onewindow.shared.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Creates and upgrades Camunda's own tables (ACT_*) with the Liquibase changelog that ships inside the engine jar,
 * instead of the engine's schema auto-update: schema changes of a production database then come from one
 * reviewed, recorded migration, like OneWindow's own tables. Runs before the process engine starts (see
 * {@link ProcessEngineDependsOnDatabaseInitializationDetector}).
 *
 * <p>A database whose Camunda tables an earlier release created through the engine's auto-update has no record of
 * them in {@code databasechangelog}. Camunda's documented way to adopt such a database is to mark its changesets up
 * to the tag of the installed schema version as applied ({@code changelogSyncToTag}); only later changesets
 * (upgrade scripts of newer engine versions) then run. The schema version is the newest entry of the engine's
 * {@code act_ge_schema_log}.
 */
public class CamundaSchema implements InitializingBean {

    static final String CHANGELOG = "org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml";
    /** OneWindow's own indexes on Camunda's tables, for queries the load benchmark found scanning them. */
    static final String INDEXES_CHANGELOG = "db/changelog/camunda/indexes.yaml";
    /** The first changeset of Camunda's changelog: its presence in databasechangelog means Liquibase owns the tables. */
    static final String BASELINE_CHANGESET = "7.16.0-baseline";
    /** Camunda's changelog starts at 7.16; an older schema must be upgraded with Camunda's SQL scripts first. */
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\..*");

    private static final Logger log = LoggerFactory.getLogger(CamundaSchema.class);

    private final DataSource dataSource;

    public CamundaSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        // Liquibase writes its messages and update summary to standard output unless told otherwise: plain text
        // among the JSON lines. Through the logger they are JSON lines like every other (Spring Boot does the same for
        // OneWindow's changelog: spring.liquibase.ui-service and show-summary-output default to the logger).
        Scope.child(Scope.Attr.ui, new LoggerUIService(), this::migrate);
    }

    private void migrate() throws Exception {
        // One connection per changelog run: closing a Liquibase instance closes its connection.
        try (Connection connection = dataSource.getConnection(); Liquibase camunda = liquibase(CHANGELOG, connection)) {
            Optional<String> engineCreated = engineCreatedSchemaVersion(connection);
            if (engineCreated.isPresent()) {
                String tag = changelogTag(engineCreated.get());
                log.info("Camunda's tables (schema {}) were created by the engine; recording Camunda's changelog "
                        + "up to tag {} as applied", engineCreated.get(), tag);
                camunda.changeLogSync(tag, new Contexts(), new LabelExpression());
            }
            camunda.update(new Contexts(), new LabelExpression());
        }
        try (Connection connection = dataSource.getConnection();
                Liquibase additions = liquibase(INDEXES_CHANGELOG, connection)) {
            additions.update(new Contexts(), new LabelExpression());
        }
    }

    private static Liquibase liquibase(String changelog, Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Liquibase liquibase = new Liquibase(changelog,
                new ClassLoaderResourceAccessor(CamundaSchema.class.getClassLoader()), database);
        liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
        return liquibase;
    }

    /** The tag of Camunda's changelog that matches a schema version: "7.24.0" for 7.24.x (patches change no schema). */
    static String changelogTag(String schemaVersion) {
        Matcher matcher = VERSION.matcher(schemaVersion);
        if (!matcher.matches()) {
            throw new IllegalStateException("Camunda's schema version '" + schemaVersion + "' is not understood");
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major < 7 || (major == 7 && minor < 16)) {
            throw new IllegalStateException("Camunda's schema is at version " + schemaVersion + "; Liquibase can adopt "
                    + "7.16 or later only. Upgrade it with Camunda's SQL upgrade scripts to 7.16 first.");
        }
        return major + "." + minor + ".0";
    }

    /** The engine's schema version when Camunda's tables exist but Liquibase has no record of creating them. */
    private static Optional<String> engineCreatedSchemaVersion(Connection connection) throws SQLException {
        if (!tableExists(connection, "act_ge_property")) {
            return Optional.empty();
        }
        if (tableExists(connection, "databasechangelog") && baselineRecorded(connection)) {
            return Optional.empty();
        }
        // The engine logs every create and upgrade in act_ge_schema_log (schema.version keeps its initial "fox").
        try (PreparedStatement statement = connection.prepareStatement(
                "select version_ from act_ge_schema_log order by cast(id_ as integer) desc fetch first 1 rows only");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("Camunda's tables exist but act_ge_schema_log records no version");
            }
            return Optional.of(rows.getString(1));
        }
    }

    private static boolean baselineRecorded(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection
                .prepareStatement("select count(*) from databasechangelog where id = ? and author = 'Camunda'")) {
            statement.setString(1, BASELINE_CHANGESET);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] { table, table.toUpperCase() }) {
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), name, new String[] { "TABLE" })) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
