package org.onewindow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.onewindow.OneWindowApplication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole OneWindow node (application context with its own process engine, job executor and web server on a free
 * port) on a PostgreSQL database of its own test's making, for tests about several nodes or about a database's
 * history. Unlike the shared {@link PostgresIntegrationTest} context, the test starts and closes it.
 */
public final class PostgresNode {

    private PostgresNode() {
    }

    /** Starts a node with the postgres profile on the database; the properties add to or override the defaults. */
    public static ConfigurableApplicationContext start(String database, Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("spring.datasource.url", PostgresTestDatabase.url(database));
        all.put("spring.datasource.username", PostgresTestDatabase.user());
        all.put("spring.datasource.password", "");
        all.put("server.port", 0);
        all.put("onewindow.demo.enabled", false);
        // Small pools: several nodes and the cached test contexts share the server's 100 connections.
        all.put("spring.datasource.hikari.maximum-pool-size", 6);
        all.putAll(properties);
        // As command-line arguments, so that they win over config/application-postgres.yaml (builder properties don't).
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OneWindowApplication.class, TestClockConfiguration.class)
                .profiles("postgres").run(arguments);
    }

    /**
     * Points {@link SecurityContextHolder} at the node's own strategy, as {@link ContextSecurityStrategy} does for the
     * cached test contexts: Vaadin installs its strategy globally when a context starts, and each node's method
     * security keeps its own, so with several contexts in the JVM a sign-in must go to the node about to be called.
     */
    public static void useSecurityOf(ConfigurableApplicationContext node) {
        node.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Drops the database (closing its sessions) and creates it empty. */
    public static void recreateDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url("postgres"),
                PostgresTestDatabase.user(), ""); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + PostgresTestDatabase.host() + " is needed: " + e.getMessage(), e);
        }
    }

    public static void dropDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url("postgres"),
                PostgresTestDatabase.user(), ""); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a gzipped plain-SQL dump (pg_dump's format) from the test classpath into the database, with psql. */
    public static void restore(String classpathDump, String database) throws IOException, InterruptedException {
        String[] hostPort = PostgresTestDatabase.host().split(":");
        Process psql = new ProcessBuilder("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", hostPort[0], "-p", hostPort[1],
                "-U", PostgresTestDatabase.user(), "-d", database).redirectErrorStream(true)
                .redirectOutput(new java.io.File("target/psql-restore-" + database + ".log")).start();
        try (InputStream dump = new GZIPInputStream(
                PostgresNode.class.getClassLoader().getResourceAsStream(classpathDump));
                OutputStream in = psql.getOutputStream()) {
            dump.transferTo(in);
        }
        if (!psql.waitFor(2, TimeUnit.MINUTES) || psql.exitValue() != 0) {
            throw new IllegalStateException("psql could not restore " + classpathDump + " into " + database
                    + "; see target/psql-restore-" + database + ".log");
        }
    }
}
