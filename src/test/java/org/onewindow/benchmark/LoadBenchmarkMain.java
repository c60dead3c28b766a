package org.onewindow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.onewindow.support.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs {@link LoadBenchmark} at full size on a fresh database and appends the figures to
 * {@code docs/benchmarks.md}. Not part of the test suite:
 * {@code ./mvnw -Pload-benchmark -Dbenchmark.database=postgres} (or {@code h2}); sizes with
 * {@code -Dbenchmark.intakeCases}, {@code -Dbenchmark.openCases} (through the services),
 * {@code -Dbenchmark.queueRows} (the queue's size when the inbox is measured), {@code -Dbenchmark.inboxCalls},
 * {@code -Dbenchmark.claimWorkers}, {@code -Dbenchmark.warmUpMinutes} (the most the intake warm-up may take
 * while the JIT compiler settles, default 8); {@code -Dbenchmark.note="…"} adds a line to the section.
 */
public final class LoadBenchmarkMain {

    public static void main(String[] args) throws Exception {
        String machine = LoadBenchmarkReport.machine();
        String database = System.getProperty("benchmark.database", "postgres");
        LoadBenchmark.Sizes sizes = new LoadBenchmark.Sizes(Integer.getInteger("benchmark.intakeCases", 1_000),
                Arrays.stream(System.getProperty("benchmark.windows", "1,4,16").split(",")).map(String::trim)
                        .map(Integer::valueOf).toList(),
                Integer.getInteger("benchmark.openCases", 3_000), Integer.getInteger("benchmark.queueRows", 100_000),
                Integer.getInteger("benchmark.loadThreads", 8),
                Integer.getInteger("benchmark.inboxCalls", 300), Integer.getInteger("benchmark.claimWorkers", 16),
                Integer.getInteger("benchmark.claimsPerWorker", 25),
                Duration.ofMinutes(Long.getLong("benchmark.warmUpMinutes", 8)));
        BenchmarkApplication application = BenchmarkApplication.onFreshDatabase(database, "load-h2",
                ";LOCK_TIMEOUT=10000");

        long t0 = System.nanoTime();
        LoadBenchmark.Results results;
        double freshStart;
        try (ConfigurableApplicationContext context = application.start()) {
            freshStart = (System.nanoTime() - t0) / 1e9;
            results = new LoadBenchmark(context).run(sizes, step -> System.out.println("[load benchmark] " + step));
        }
        // A node restarting onto the loaded database: schema and demo data are there, nothing is created.
        t0 = System.nanoTime();
        double loadedStart;
        long[] idleHeap;
        try (ConfigurableApplicationContext context = application.start()) {
            loadedStart = (System.nanoTime() - t0) / 1e9;
            idleHeap = LoadBenchmark.heapAfterGc();
        }
        String section = LoadBenchmarkReport.section(database, sizes, results, freshStart, loadedStart, idleHeap[0],
                LocalDate.now(ZoneOffset.UTC), machine, System.getProperty("benchmark.note"));
        System.out.println(section);
        Path out = Path.of("docs/benchmarks.md");
        try {
            Files.writeString(out, section, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("docs/benchmarks.md not written (" + e.getMessage() + "); figures above only.");
        }
        System.exit(0); // the engines' and Hikari's threads would otherwise keep exec:java waiting
    }

    private LoadBenchmarkMain() {
    }
}
