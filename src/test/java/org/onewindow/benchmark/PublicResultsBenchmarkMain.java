package org.onewindow.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

import org.onewindow.reporting.PublicResults;
import org.onewindow.reporting.PublicResultsService;
import org.onewindow.support.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public results benchmark of issue 19: OneWindow on a fresh PostgreSQL database with the demo hall, then
 * {@code -Dbenchmark.evaluations} (1,000,000) evaluations of as many closed cases, plus a tenth more closed cases
 * without one, spread over the last 365 days across the demo hall's 16 service items in 8 departments, one in ten a
 * bad review with its rectification (three in four on time), written by SQL {@code generate_series}. Then it
 * measures, side by side: the background computation of the figures (the two grouped scans), the service call the
 * page makes ({@code PublicResultsService#current}), the HTTP answer of {@code /results}, and headless Chromium
 * opening {@code /results} until the hall's card is shown. Not part of the test suite:
 * {@code ./mvnw -o -Ppublic-results-benchmark -Dbenchmark.pg.database=ow_res_bench} (dropped and created). The
 * figures go at the end of this benchmark's section of {@code docs/benchmarks.md}.
 */
public final class PublicResultsBenchmarkMain {

    static final String SECTION_HEADING = "## Public results: the page on a million evaluations (issue 19)";

    private static final String[][] ITEMS = { { "AMR-001", "AMR" }, { "AMR-002", "AMR" }, { "AMR-003", "AMR" },
            { "HRSS-001", "HRSS" }, { "HRSS-002", "HRSS" }, { "HRSS-003", "HRSS" }, { "HRSS-004", "HRSS" },
            { "PSB-001", "PSB" }, { "PSB-002", "PSB" }, { "CIVIL-001", "CIVIL" }, { "CIVIL-002", "CIVIL" },
            { "HOUSING-001", "HOUSING" }, { "NATRES-001", "NATRES" }, { "NATRES-002", "NATRES" },
            { "NATRES-003", "NATRES" }, { "FIRE-001", "FIRE" } };

    public static void main(String[] args) throws Exception {
        int evaluations = Integer.getInteger("benchmark.evaluations", 1_000_000);
        int calls = Integer.getInteger("benchmark.calls", 200);
        int browserRuns = Integer.getInteger("benchmark.runs", 30);
        long began = System.nanoTime();
        List<String> rows = new ArrayList<>();
        String seeding;
        BenchmarkApplication application = BenchmarkApplication.onFreshDatabase("postgres", "public-results", "");
        try (ConfigurableApplicationContext context = application.start()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            seeding = seed(jdbc, evaluations);
            PublicResultsService service = context.getBean(PublicResultsService.class);
            PublicResults computed = service.refresh();
            System.out.printf(Locale.ROOT, "This year: %,d evaluations of %,d closed cases; this month: %,d.%n",
                    computed.thisYear().hall().evaluations(), computed.thisYear().hall().closedCases(),
                    computed.thisMonth().hall().evaluations());
            rows.add(row("Background computation of the figures (`PublicResultsService#refresh`)", time(10,
                    () -> stopwatch(service::refresh))));
            rows.add(row("Service call of the page (`PublicResultsService#current`)", time(calls,
                    () -> stopwatch(service::current))));
            String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/results"))
                    .header("Accept-Language", "zh-CN").build();
            rows.add(row("HTTP answer of `GET /results` (the page's HTML)", time(calls, () -> stopwatch(() -> {
                try {
                    HttpResponse<String> response = http.send(page, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET /results answered " + response.statusCode());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }))));
            try (ScreenStopwatch browser = new ScreenStopwatch(base, "zh-CN")) {
                rows.add(row("Headless Chromium: `/results` opened until the figures are shown",
                        time(browserRuns, () -> browser.open("/results", "#results-hall .results-card"))));
                rows.add(row("Headless Chromium: `/results/display` opened until the chart is shown",
                        time(browserRuns, () -> browser.open("/results/display", "#display-chart svg"))));
                // The same browser on the progress lookup, the public page with the least on it: what any public
                // Vaadin page costs on this machine at this moment, to read the two rows above against.
                rows.add(row("Headless Chromium, for comparison: `/progress` opened until its form is shown",
                        time(browserRuns, () -> browser.open("/progress", "#progress-case-number"))));
            }
        }
        String section = section(evaluations, calls, browserRuns, seeding, rows, (System.nanoTime() - began) / 1e9);
        System.out.println(section);
        BenchmarksPage.append(SECTION_HEADING, section);
        System.exit(0); // the engines' and Hikari's threads would otherwise keep the JVM waiting
    }

    /**
     * One citizen; {@code evaluations} × 1.1 closed cases over the last 365 days (case {@code g} closed {@code g}
     * mod 365 days and {@code g} mod 86,400 seconds ago); an invitation and a first evaluation for the first
     * {@code evaluations} of them, one in ten bad; a rectification for each bad review, three in four on time.
     */
    private static String seed(JdbcTemplate jdbc, int evaluations) {
        long start = System.nanoTime();
        int cases = evaluations + evaluations / 10;
        StringBuilder items = new StringBuilder("array[");
        StringBuilder departments = new StringBuilder("array[");
        for (int i = 0; i < ITEMS.length; i++) {
            items.append(i == 0 ? "" : ", ").append('\'').append(ITEMS[i][0]).append('\'');
            departments.append(i == 0 ? "" : ", ").append('\'').append(ITEMS[i][1]).append('\'');
        }
        items.append(']');
        departments.append(']');
        int n = ITEMS.length;
        jdbc.update("insert into intake_citizen (name, id_type, id_number, mobile, created_at) "
                + "values ('Benchmark citizen', 'RESIDENT_ID', 'BENCH-PUBLIC', '13800000000', now())");
        long citizen = jdbc.queryForObject("select id from intake_citizen where id_number = 'BENCH-PUBLIC'",
                Long.class);
        jdbc.update("""
                insert into intake_case (version, case_number, citizen_id, service_item_code, service_item_name,
                    lead_department_code, collaborating_departments, channel, status, registered_by, lookup_code_hash,
                    accepted_at, due_at, closed_at, outcome, time_limit_days, stopped_working_days, working_days_taken,
                    closed_on_time, applicant_type, age_band, district_code, returning_applicant, applicant_name,
                    applicant_mobile, applicant_language)
                select 0, 'PRB-' || g, ?, (%s)[1 + g %% %d], 'Benchmark item', (%s)[1 + g %% %d], '', 'WINDOW',
                    'CLOSED', 'seed', 'seed', c - interval '5' day, c, c, 'APPROVED', 10, 0, 5, true, 'PERSON', null,
                    null, false, 'Benchmark citizen', '13800000000', 'zh-CN'
                from (select g, now() - (g %% 365) * interval '1' day - (g %% 86400) * interval '1' second as c
                    from generate_series(1, ?) g) s""".formatted(items, n, departments, n), citizen, cases);
        jdbc.update("""
                insert into sat_invitation (case_number, service_item_code, service_item_name, service_item_name_en,
                    lead_department_code, closed_at, created_at, expires_at, answered_at, status, delivered_by)
                select case_number, service_item_code, 'Benchmark item', 'Benchmark item', lead_department_code,
                    closed_at, closed_at, closed_at + interval '15' day, closed_at + interval '1' hour, 'ANSWERED',
                    'frontdesk'
                from intake_case where case_number like 'PRB-%' and cast(substring(case_number, 5) as int) <= ?""",
                evaluations);
        jdbc.update("""
                insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code,
                    closed_at, overall, visits, comment, channel, answered_at, delivered_by)
                select id, case_number, service_item_code, lead_department_code, closed_at, o, 1, null,
                    'LINK', answered_at, delivered_by
                from (select i.*, case when i.id % 10 = 0 then 1 + (i.id / 10) % 2 else 3 + i.id % 3 end as o
                    from sat_invitation i where i.case_number like 'PRB-%') a""");
        jdbc.update("""
                insert into sat_rectification (case_number, invitation_id, department_code, service_item_code,
                    service_item_name, closed_at, stage, opened_at, verify_due_at, verified_at, verdict,
                    rectify_due_at, rectified_at)
                select r.case_number, r.invitation_id, r.lead_department_code, r.service_item_code, 'Benchmark item',
                    r.closed_at, 'FED_BACK', r.answered_at, r.answered_at + interval '1' day,
                    r.answered_at + interval '2' hour, 'JUSTIFIED', r.answered_at + interval '21' day,
                    r.answered_at + case when r.id % 4 = 0 then interval '30' day else interval '7' day end
                from sat_response r where r.overall <= 2 and r.case_number like 'PRB-%'""");
        jdbc.execute("vacuum analyze");
        return String.format(Locale.ROOT, "%,d closed cases, %,d evaluations (one in ten bad, each with its "
                + "rectification) over the last 365 days, seeded in %.0f s", cases, evaluations,
                (System.nanoTime() - start) / 1e9);
    }

    private static double stopwatch(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The measured times, sorted, after as many unmeasured warm-up runs (at least 3, at most 20). */
    private static double[] time(int runs, DoubleSupplier timed) {
        for (int i = 0; i < Math.max(3, Math.min(20, runs / 10)); i++) {
            timed.getAsDouble();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = timed.getAsDouble();
        }
        Arrays.sort(times);
        return times;
    }

    private static String row(String label, double[] sorted) {
        String line = String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |", label, sorted.length,
                ms(BrowserBenchmarkMain.median(sorted)), ms(BrowserBenchmarkMain.percentile(sorted, 95)),
                ms(sorted[sorted.length - 1]));
        System.out.println(line);
        return line;
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, value < 1 ? "%.4f" : value < 10 ? "%.2f" : "%.0f", value);
    }

    private static String section(int evaluations, int calls, int browserRuns, String seeding, List<String> rows,
            double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n### Run of %s, PostgreSQL database `%s`%n%n", LocalDate.now(),
                System.getProperty("benchmark.pg.database", "onewindow_bench")));
        out.append(String.format(Locale.ROOT, "%s; %s; whole run %.0f s.%n", LoadBenchmarkReport.machine(), seeding,
                seconds));
        out.append("\nTimes in ms (p50 = median, p95 by nearest rank). Target: the page ≤ 200 ms.\n");
        out.append("\n| what | runs | p50 | p95 | max |\n");
        out.append("| --- | ---: | ---: | ---: | ---: |\n");
        rows.forEach(row -> out.append(row).append('\n'));
        return out.toString();
    }

}
