package org.onewindow.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.OneWindowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the benchmark mains start it: on a fresh database, PostgreSQL's {@code onewindow_bench}
 * (dropped and created; {@code -Dbenchmark.pg=host:port}) or an H2 file under {@code target/benchmark}, with
 * demo data, a random port and warnings only. The outbox dispatcher is off: its bursts every 10 s would land in
 * the measurements at random.
 */
public final class BenchmarkApplication {

    private final List<String> profiles = new ArrayList<>();
    private final Map<String, Object> properties = new LinkedHashMap<>();

    private BenchmarkApplication() {
        properties.put("server.port", "0");
        properties.put("onewindow.demo.enabled", "true");
        properties.put("logging.level.root", "WARN");
        properties.put("onewindow.notification.scheduler-enabled", "false");
    }

    /**
     * @param database {@code postgres} or {@code h2}
     * @param h2File the H2 file's name under {@code target/benchmark}
     * @param h2Options settings appended to the H2 URL ({@code ;NAME=VALUE…})
     */
    public static BenchmarkApplication onFreshDatabase(String database, String h2File, String h2Options)
            throws SQLException, IOException {
        BenchmarkApplication application = new BenchmarkApplication();
        if (database.equals("postgres")) {
            String host = System.getProperty("benchmark.pg", "127.0.0.1:5432");
            // A helper sharing the machine benchmarks on a database of its own (-Dbenchmark.pg.database).
            String name = System.getProperty("benchmark.pg.database", "onewindow_bench");
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not a database name: " + name);
            }
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres",
                    "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name);
            }
            application.profiles.add("postgres");
            application.properties.put("spring.datasource.url", "jdbc:postgresql://" + host + "/" + name);
            application.properties.put("spring.datasource.username", "postgres");
            application.properties.put("spring.datasource.password", "");
        } else {
            Path file = Path.of("target/benchmark", h2File);
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            application.properties.put("spring.datasource.url",
                    "jdbc:h2:file:./" + file + ";DB_CLOSE_ON_EXIT=FALSE" + h2Options);
        }
        return application;
    }

    /**
     * On an existing PostgreSQL database, kept as it is (Liquibase brings it up to date): the administration
     * benchmark runs on a developer's test database and keeps its data apart by a prefix of its own.
     */
    public static BenchmarkApplication onPostgresDatabase(String database) {
        BenchmarkApplication application = new BenchmarkApplication();
        String host = System.getProperty("benchmark.pg", "127.0.0.1:5432");
        application.profiles.add("postgres");
        application.properties.put("spring.datasource.url", "jdbc:postgresql://" + host + "/" + database);
        application.properties.put("spring.datasource.username", "postgres");
        application.properties.put("spring.datasource.password", "");
        return application;
    }

    public BenchmarkApplication with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Starts a context; again after closing the first, it starts onto the database as that one left it. */
    public ConfigurableApplicationContext start() {
        // As command-line arguments, so that they win over config/application-postgres.yaml.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OneWindowApplication.class).profiles(profiles.toArray(String[]::new))
                .run(arguments);
    }
}
