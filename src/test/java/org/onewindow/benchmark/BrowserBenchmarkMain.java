package org.onewindow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.onewindow.reporting.HallHistory;
import org.onewindow.reporting.benchmark.HallHistoryGenerator;
import org.onewindow.support.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The browser benchmark of issue 18, speed as staff feel it: OneWindow on a fresh PostgreSQL database with the
 * demo hall plus the report benchmark's hall history (100,000 closed cases), then headless Chromium signs in as
 * each role and opens each of its main screens, {@code -Dbenchmark.runs} times each (20) after one unmeasured
 * loads, and prints the median and 95th percentile per screen ({@link ScreenStopwatch} says what is measured).
 * Not part of the test suite: {@code ./mvnw -Pbrowser-benchmark -Dbenchmark.pg.database=…} (dropped and created).
 * {@code -Dbenchmark.cases}, {@code -Dbenchmark.responses} size the history; {@code -Dbenchmark.note="…"} adds a
 * line. The figures go at the end of this benchmark's section of {@code docs/benchmarks.md}.
 */
public final class BrowserBenchmarkMain {

    static final String SECTION_HEADING = "## Speed as staff feel it: screens in the browser (issue 18)";
    private static final int WARM_UP = 1;
    private static final String PASSWORD = "demo";

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 100_000);
        int responses = Integer.getInteger("benchmark.responses", 100_000);
        int runs = Integer.getInteger("benchmark.runs", 20);
        String language = System.getProperty("benchmark.language", "zh-CN");
        String uptimeBefore = uptime();
        long began = System.nanoTime();
        List<String> rows = new ArrayList<>();
        String seeding;
        BenchmarkApplication application = BenchmarkApplication.onFreshDatabase("postgres", "browser", "");
        try (ConfigurableApplicationContext context = application.start()) {
            seeding = seed(context, cases, responses);
            String openCase = context.getBean(JdbcTemplate.class).queryForObject(
                    "select min(case_number) from intake_case where lead_department_code = 'AMR'"
                            + " and status <> 'CLOSED'",
                    String.class);
            String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
            try (ScreenStopwatch browser = new ScreenStopwatch(base, language)) {
                for (Role role : Role.hall(openCase)) {
                    rows.add(row(role.label() + ": sign-in → " + role.screens().get(0).label(), Target.SIGN_IN,
                            time(runs, () -> browser.signIn(role.username(), PASSWORD, role.firstScreenKey())), null));
                    Map<Screen, double[]> fromMenu = fromMenu(browser, role, runs);
                    for (Screen screen : role.screens()) {
                        rows.add(row(role.label() + ": " + screen.label(),
                                screen.report() ? Target.REPORT : Target.STAFF_SCREEN,
                                time(runs, () -> browser.open(screen.path(), screen.key())), fromMenu.get(screen)));
                    }
                }
                browser.signOut();
                rows.add(row("Public: progress lookup (/progress)", Target.STAFF_SCREEN,
                        time(runs, () -> browser.open("/progress", "#progress-case-number")), null));
            }
        }
        String section = section(cases, responses, runs, language, seeding, uptimeBefore, rows,
                (System.nanoTime() - began) / 1e9);
        System.out.println(section);
        BenchmarksPage.append(SECTION_HEADING, section);
        System.exit(0); // the engines' and Hikari's threads would otherwise keep exec:java waiting
    }

    /** The report benchmark's hall history, in batches of plain SQL, then what autovacuum would do. */
    private static String seed(ConfigurableApplicationContext context, int cases, int responses) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Clock clock = context.getBean(Clock.class);
        long start = System.nanoTime();
        new HallHistoryGenerator(new HallHistory(jdbc), clock.getZone(), LocalDate.now(clock))
                .generate(cases, responses, 5_000);
        jdbc.execute("vacuum analyze");
        return f("%,d closed cases (%,d step records) and %,d survey answers seeded in %.0f s", cases, cases * 5L,
                responses, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Goes round the role's screens in the menu, each click from the screen before: {@code runs} rounds after the
     * unmeasured ones, each screen's times sorted.
     */
    private static Map<Screen, double[]> fromMenu(ScreenStopwatch browser, Role role, int runs) {
        List<Screen> menu = role.screens().stream().filter(Screen::inMenu).toList();
        Map<Screen, double[]> times = new LinkedHashMap<>();
        menu.forEach(screen -> times.put(screen, new double[runs]));
        browser.open(menu.get(menu.size() - 1).path(), menu.get(menu.size() - 1).key());
        for (int round = -WARM_UP; round < runs; round++) {
            for (Screen screen : menu) {
                double time = browser.fromMenu(screen.path(), screen.key());
                if (round >= 0) {
                    times.get(screen)[round] = time;
                }
            }
        }
        times.values().forEach(Arrays::sort);
        return times;
    }

    interface Timed {
        double run();
    }

    /** The measured times of one screen, sorted, after the unmeasured warm-up loads. */
    static double[] time(int runs, Timed timed) {
        for (int i = 0; i < WARM_UP; i++) {
            timed.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = timed.run();
        }
        Arrays.sort(times);
        return times;
    }

    /** Nearest rank: the smallest time at or above which lie the slowest {@code 100 - p} %. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    enum Target {
        SIGN_IN, STAFF_SCREEN, REPORT
    }

    /**
     * A table row against its target: sign-in ≤ 800 ms, a staff screen ≤ 400 ms median and ≤ 800 ms p95, a report
     * page as in the report benchmark (its queries' time plus drawing, left to the reader).
     */
    private static String row(String label, Target kind, double[] byAddress, double[] fromMenu) {
        String line = f("| %s | %s | %s | %s |", label, figures(byAddress), fromMenu == null ? "–" : figures(fromMenu),
                switch (kind) {
                    case SIGN_IN -> median(byAddress) <= 800 ? "yes" : "no";
                    case STAFF_SCREEN -> meets(fromMenu == null ? byAddress : fromMenu);
                    case REPORT -> "see reports";
                });
        System.out.println(line);
        return line;
    }

    private static String figures(double[] sorted) {
        return f("%.0f / %.0f", median(sorted), percentile(sorted, 95));
    }

    private static String meets(double[] sorted) {
        return median(sorted) <= 400 && percentile(sorted, 95) <= 800 ? "yes" : "no";
    }

    private static String section(int cases, int responses, int runs, String language, String seeding,
            String uptimeBefore, List<String> rows, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(f("%n### Run of %s, PostgreSQL database `%s`%n%n", LocalDate.now(),
                System.getProperty("benchmark.pg.database", "onewindow_bench")));
        out.append(f("%s; %s. Browser language %s; %d measured loads per screen after %d unmeasured; whole run"
                + " %.0f s.%n", LoadBenchmarkReport.machine(), seeding, language, runs, WARM_UP, seconds));
        out.append(f("Load (`uptime`) before: %s; after: %s.%n", uptimeBefore, uptime()));
        String note = System.getProperty("benchmark.note");
        if (note != null && !note.isBlank()) {
            out.append(note.strip()).append('\n');
        }
        out.append("\nMedian / p95 in ms. *By address*: the screen loaded as a new page (a link, a reload, after"
                + " signing in). *From the menu*: a click in the drawer, from the role's previous screen. A staff"
                + " screen meets the target (median ≤ 400, p95 ≤ 800) from the menu, or by address if it has no"
                + " menu entry; sign-in (submit to first screen ready) by its median ≤ 800.\n");
        out.append("\n| screen | by address | from the menu | meets target |\n");
        out.append("| --- | ---: | ---: | --- |\n");
        rows.forEach(row -> out.append(row).append('\n'));
        return out.toString();
    }

    private static String uptime() {
        try {
            String line = Files.readString(Path.of("/proc/loadavg")).strip();
            return "load average " + String.join(", ", Arrays.asList(line.split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private BrowserBenchmarkMain() {
    }
}
