package org.onewindow.reporting.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.HallHistory;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How long each report takes on a large hall history: generates it (100,000 closed cases with their steps,
 * 1,000,000 survey answers by default) into a fresh database, runs every report query a few times as a
 * manager, and appends the medians to {@code docs/benchmarks.md}. Not part of the test suite; run with
 * {@code ./mvnw -Pbenchmark -Dbenchmark.database=postgres} (or {@code h2}); sizes with
 * {@code -Dbenchmark.cases} and {@code -Dbenchmark.responses}; only some reports with {@code -Dbenchmark.only=…}
 * (a part of their names).
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        String database = System.getProperty("benchmark.database", "postgres");
        int cases = Integer.getInteger("benchmark.cases", 100_000);
        int responses = Integer.getInteger("benchmark.responses", 1_000_000);
        // Without reusing results: H2 would otherwise answer a repeated query from its cache.
        BenchmarkApplication application = BenchmarkApplication.onFreshDatabase(database, "h2",
                ";OPTIMIZE_REUSE_RESULTS=FALSE").with("camunda.bpm.job-execution.enabled", "false");
        try (ConfigurableApplicationContext context = application.start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Clock clock = context.getBean(Clock.class);
            LocalDate today = LocalDate.now(clock);
            long start = System.nanoTime();
            new HallHistoryGenerator(new HallHistory(jdbc), clock.getZone(), today).generate(cases, responses, 5_000);
            if (database.equals("postgres")) {
                // What autovacuum does on a live database; it also lets PostgreSQL use index-only scans.
                jdbc.execute("vacuum analyze");
            }
            double generation = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Generated %,d cases and %,d answers in %.0f s%n", cases, responses,
                    generation);

            UserDetails manager = context.getBean(UserDetailsService.class).loadUserByUsername("manager");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
            ProcessReportService process = context.getBean(ProcessReportService.class);
            SatisfactionReportService satisfaction = context.getBean(SatisfactionReportService.class);
            ReportFilter year = ReportFilter.of(today.minusDays(364), today);
            ReportFilter month = new ReportFilter(today.minusDays(29), today, "HRSS", null, null);

            Map<String, Supplier<Object>> reports = new LinkedHashMap<>();
            reports.put("Process: summary (year)", () -> process.summary(year));
            reports.put("Process: by service item (year)", () -> process.byServiceItem(year));
            reports.put("Process: by department (year)", () -> process.byDepartment(year));
            reports.put("Process: weekly trend (year)", () -> process.trend(year, Granularity.WEEK));
            reports.put("Process: bottlenecks (year)", () -> process.bottlenecks(year));
            reports.put("Process: workload by department (year)", () -> process.workloadByDepartment(year));
            reports.put("Process: workload by staff (year)", () -> process.workloadByStaff(year));
            reports.put("Process: summary (month, one department)", () -> process.summary(month));
            reports.put("Satisfaction: summary (year)", () -> satisfaction.summary(year));
            reports.put("Satisfaction: ranking of items (year)",
                    () -> satisfaction.ranking(year, Ranking.Group.SERVICE_ITEM));
            reports.put("Satisfaction: ranking of staff (year)", () -> satisfaction.ranking(year, Ranking.Group.STAFF));
            reports.put("Satisfaction: indicators per set version, IPA, alpha (year)",
                    () -> satisfaction.indicators(year));
            reports.put("Satisfaction: monthly trend (year)", () -> satisfaction.trend(year, Granularity.MONTH));
            reports.put("Satisfaction: bad comments, first page (year)",
                    () -> satisfaction.comments(year, true, 0, 50));
            reports.put("Satisfaction: kiosk vs private (year)", () -> satisfaction.channelBias(year));
            reports.put("Satisfaction: bad-review handling (year)", () -> satisfaction.badReviews(year));
            reports.put("Satisfaction: summary (month, one department)", () -> satisfaction.summary(month));
            // What one page of each report asks for, as its view does (the page's queries side by side).
            reports.put("**Process report page (year)**",
                    () -> process.report(year, Granularity.WEEK, Translations.CHINESE));
            reports.put("**Satisfaction report page (year)**", () -> satisfaction.report(year, Granularity.WEEK));
            reports.put("**Process report page (month, one department)**",
                    () -> process.report(month, Granularity.WEEK, Translations.CHINESE));
            reports.put("**Satisfaction report page (month, one department)**",
                    () -> satisfaction.report(month, Granularity.WEEK));

            // -Dbenchmark.only=indicators: only the reports whose name contains it (case-insensitive).
            String only = System.getProperty("benchmark.only", "").toLowerCase(Locale.ROOT);
            reports.keySet().removeIf(name -> !name.toLowerCase(Locale.ROOT).contains(only));

            StringBuilder table = new StringBuilder();
            table.append(String.format(Locale.ROOT,
                    "%n### %s, %s%n%n%,d closed cases (%,d step records), %,d survey answers; "
                            + "generated in %.0f s. Median of %d runs after %d warm-up runs, service-side, in ms.%n%n"
                            + "| report | median ms | min ms | max ms |%n| --- | ---: | ---: | ---: |%n",
                    database.equals("postgres") ? "PostgreSQL" : "H2 (file)", today, cases, cases * 5L, responses,
                    generation, RUNS, WARM_UP));
            for (Map.Entry<String, Supplier<Object>> report : reports.entrySet()) {
                double[] times = new double[RUNS];
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    long t0 = System.nanoTime();
                    report.getValue().get();
                    if (i >= WARM_UP) {
                        times[i - WARM_UP] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                Arrays.sort(times);
                String line = String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", report.getKey(),
                        times[RUNS / 2],
                        times[0], times[RUNS - 1]);
                System.out.print(line);
                table.append(line);
            }
            Path out = Path.of("docs/benchmarks.md");
            if (Files.exists(out)) {
                Files.writeString(out, table.toString(), java.nio.file.StandardOpenOption.APPEND);
            } else {
                System.out.println("docs/benchmarks.md not found; figures above only.");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReportBenchmark() {
    }
}
