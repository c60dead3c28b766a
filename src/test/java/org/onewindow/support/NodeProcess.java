package org.onewindow.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

/**
 * OneWindow as a real node: {@code OneWindowApplication} in a JVM of its own (the test's classpath, the
 * {@code postgres} profile, demo data, a free port), so that a test can kill it with SIGKILL as a crash or the
 * kernel's OOM killer would, and start it again on the same database. Its output goes to
 * {@code target/nodes/<name>.log}, started afresh by each new {@code NodeProcess} and appended across restarts.
 */
public final class NodeProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final String name;
    private final String database;
    private final List<String> extraArguments;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /**
     * @param database created afresh here; the node's Liquibase and Camunda create the schema on first start
     * @param extraArguments further Spring Boot arguments ({@code --name=value})
     */
    public NodeProcess(String name, String database, String... extraArguments) {
        this.name = name;
        this.database = database;
        this.extraArguments = List.of(extraArguments);
        this.log = Path.of("target", "nodes", name + ".log");
        this.port = freePort();
        try {
            // A log per test run (across the node's restarts): tests read it, and case numbers repeat between runs.
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public String database() {
        return database;
    }

    /** Starts the node (again, on the same database and port) and waits until it reports itself ready. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=UTC",
                "-cp", classPath(),
                "org.onewindow.OneWindowApplication",
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + PostgresTestDatabase.url(database),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=",
                "--onewindow.demo.enabled=true",
                "--spring.main.banner-mode=off"));
        command.addAll(extraArguments);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "==== " + Instant.now() + " starting " + name + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(STARTUP);
    }

    /** SIGKILL: no shutdown hooks, no pool closing, transactions cut off wherever they are. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: Spring's graceful shutdown. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** GET a path of the node, answering its status code and body; an unreachable node answers -1. */
    public HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        Awaitility.await(name + " ready (see " + log + ")").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(this::ready);
    }

    /** Readiness UP; a node that died while starting fails the wait at once instead of at its limit. */
    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException(
                    name + " exited with " + process.exitValue() + " while starting; see " + log);
        }
        try {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                    + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return ready.statusCode() == 200 && ready.body().contains("\"UP\"");
        } catch (IOException notListeningYet) {
            // The port opens late in the start.
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test classpath. Surefire and Failsafe may start the test JVM with a manifest-only jar whose
     * {@code Class-Path} lists the real entries (to keep command lines short); the node needs those entries.
     */
    static String classPath() {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            Path jar = Path.of(entries.get(0)).toAbsolutePath();
            try (JarFile file = new JarFile(jar.toFile())) {
                String listed = file.getManifest() == null ? null
                        : file.getManifest().getMainAttributes().getValue("Class-Path");
                if (listed != null && !listed.isBlank()) {
                    URI base = jar.toUri();
                    entries = Arrays.stream(listed.trim().split("\\s+"))
                            .map(entry -> Path.of(base.resolve(entry)).toString())
                            .toList();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The application without the tests: test classes are Spring components too (fixtures), and would be
        // scanned into the node.
        return entries.stream().distinct().filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
