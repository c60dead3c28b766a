package org.onewindow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates a fresh test database on the local PostgreSQL server (trust authentication, as on the
 * development and CI machines) before the first PostgreSQL test context starts, and points the context at
 * it. The server can be changed with {@code ONEWINDOW_TEST_PG_HOST}, {@code _PORT}, {@code _USER} and {@code _DATABASE}
 * (two checkouts testing at once need two databases).
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicBoolean CREATED = new AtomicBoolean();
    public static final String DATABASE = env("ONEWINDOW_TEST_PG_DATABASE", "onewindow_test");

    public static String host() {
        return env("ONEWINDOW_TEST_PG_HOST", "127.0.0.1") + ":" + env("ONEWINDOW_TEST_PG_PORT", "5432");
    }

    public static String user() {
        return env("ONEWINDOW_TEST_PG_USER", "postgres");
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + host() + "/" + database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        recreateOnce();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", url(DATABASE),
                "spring.datasource.username", user(),
                "spring.datasource.password", "")));
    }

    private static void recreateOnce() {
        if (!CREATED.compareAndSet(false, true)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url("postgres"), user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host() + " is needed for the *PostgresIntegrationTest "
                    + "classes; start it (see .ci/run): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
