package org.onewindow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** The Markdown section a run of the load benchmark appends to {@code docs/benchmarks.md}. */
final class LoadBenchmarkReport {

    static String section(String database, LoadBenchmark.Sizes sizes, LoadBenchmark.Results results, double freshStart,
            double loadedStart, long idleHeap, LocalDate day, String machineAtStart, String note) {
        StringBuilder md = new StringBuilder();
        md.append(f("%n### %s, %s%n%n", database.equals("postgres") ? "PostgreSQL" : "H2 (file)", day));
        md.append(f("Machine: %s at the start; load average %.2f at the end. %s%n", machineAtStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                note == null || note.isBlank() ? "" : note.trim()));
        LoadBenchmark.WarmUp warmUp = results.warmUp();
        md.append(f("%nIntake, %d cases per side and number of windows (each side twice, interleaved A B B A), after a "
                + "warm-up of %d rounds of %d cases per side (%.0f s; the JIT compiler busy %.0f%% of the last round). "
                + "Cases per second, and CPU ms per case: of the threads doing the work / of the whole JVM / of the "
                + "rest of the machine (PostgreSQL):%n%n"
                + "| windows | OneWindow intake | bare engine | ratio | OneWindow CPU ms | bare engine CPU ms |%n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: |%n",
                sizes.intakeCases(), warmUp.rounds(), warmUp.casesPerRoundAndSide(), warmUp.seconds(),
                100 * warmUp.lastRoundCompileShare()));
        for (LoadBenchmark.IntakeRun run : results.intake()) {
            md.append(f("| %d | %.1f | %.1f | %.2f | %s | %s |%n", run.windows(), run.oneWindowPerSecond(),
                    run.barePerSecond(), run.ratio(), cpu(run.oneWindowCpu()), cpu(run.bareCpu())));
        }
        md.append(f("%nOpen cases: %,d registered and accepted through the services (%d threads) in %.0f s "
                + "(%.1f cases/s), each leaving an unclaimed review in the %s queue; %,d copies of their inbox rows "
                + "added to the read model; %,d unclaimed steps in the queue when the inbox was measured.%n",
                results.openCasesLoaded(), sizes.loadThreads(), results.loadSeconds(),
                results.openCasesLoaded() / results.loadSeconds(), LoadBenchmark.DEPARTMENT, results.copiedRows(),
                results.queueRows()));
        md.append(f("%nInbox of the %s queue as hrss.worker, service-side, %d calls each after warm-up, ms:%n%n"
                + "| query | rows | p50 | p95 | p99 | max |%n| --- | ---: | ---: | ---: | ---: | ---: |%n",
                LoadBenchmark.DEPARTMENT, sizes.inboxCalls()));
        for (LoadBenchmark.InboxRun run : results.inbox()) {
            LoadBenchmark.Percentiles p = run.times();
            md.append(f("| %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", run.name(), run.rows(), p.p50(), p.p95(), p.p99(),
                    p.max()));
        }
        LoadBenchmark.ClaimRun claims = results.claims();
        md.append(f(
                "%nClaims: %d workers of %s, each claiming one of the top five rows of the queue until it has won %d: "
                        + "%d claims won and %d refused as already claimed (each retried) in %.1f s; claim call p50 %.1f ms, "
                        + "p95 %.1f ms, p99 %.1f ms. Refusals without the clear message: %d; other errors: %d; steps won twice: %d; "
                        + "won steps whose engine assignee differs: %d; whose inbox assignee differs: %d.%n",
                claims.workers(), LoadBenchmark.DEPARTMENT, sizes.claimsPerWorker(), claims.claims(),
                claims.conflicts(),
                claims.seconds(), claims.claimTimes().p50(), claims.claimTimes().p95(), claims.claimTimes().p99(),
                claims.unclearConflicts(), claims.errors(), claims.doubleWins(), claims.engineMismatches(),
                claims.readModelMismatches()));
        md.append(f(
                "%nMemory and start-up: heap in use after full GC with the data set loaded %.0f MiB (max heap %.0f MiB); "
                        + "after a restart onto the loaded database %.0f MiB. Context start-up: %.1f s on the empty database "
                        + "(schema, demo data), %.1f s onto the loaded one.%n",
                mib(results.heapUsedAfterGcBytes()),
                mib(results.heapMaxBytes()), mib(idleHeap), freshStart, loadedStart));
        return md.toString();
    }

    /** Cores, memory and the load average: other work on a shared machine shows in the figures. */
    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        String memory = "?";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "");
            memory = f("%.0f GiB", Long.parseLong(memory) / 1024.0 / 1024.0);
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        return f("%d cores, %s memory, Java %s, load average %.2f",
                os.getAvailableProcessors(), memory, Runtime.version().feature(), os.getSystemLoadAverage());
    }

    private static String cpu(LoadBenchmark.CpuPerCase cpu) {
        return f("%.2f / %.2f / %.2f", cpu.workers(), cpu.jvm(), cpu.restOfMachine());
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private LoadBenchmarkReport() {
    }
}
