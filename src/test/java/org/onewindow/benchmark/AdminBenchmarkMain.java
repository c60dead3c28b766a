package org.onewindow.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.onewindow.directory.DirectoryImport;
import org.onewindow.directory.DirectoryImportService;
import org.onewindow.directory.StaffAccountService;
import org.onewindow.directory.StaffFilter;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.support.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The administration benchmark of issue 17: how long a hall's onboarding import and the administrators' grids take
 * on PostgreSQL. Imports 50 departments, then 2,000 staff accounts from a generated {@code .xlsx} through
 * {@link DirectoryImportService#importFiles} as an administrator (check only; import with generated passwords;
 * import with passwords typed in the file), then pages the staff grid's query 20 times per case. Not part of the
 * test suite: {@code ./mvnw -Padmin-benchmark} on the database {@code -Dbenchmark.pg.database} (default: the test
 * database, {@code ONEWINDOW_TEST_PG_DATABASE}), kept as it is: each run's departments and accounts carry a prefix
 * of their own. {@code -Dbenchmark.staff=…} changes the number of accounts; {@code -Dbenchmark.note="…"} adds a line.
 * The figures are printed and added to {@code docs/benchmarks.md} at the end of this benchmark's section.
 */
public final class AdminBenchmarkMain {

    static final String SECTION_HEADING = "## Administration: imports and grids (issue 17)";
    static final int DEPARTMENTS = 50;
    static final int PAGE = 50;
    static final int PAGINGS = 20;
    static final String DEPARTMENT_HEADER = "部门代码,中文名称,英文名称,启用";
    static final String STAFF_HEADER = "用户名,中文姓名,英文姓名,所属部门,角色,电子邮箱,手机号码,语言,临时密码";

    public static void main(String[] args) throws Exception {
        String machine = LoadBenchmarkReport.machine();
        String uptime = uptime();
        String database = System.getProperty("benchmark.pg.database",
                System.getenv().getOrDefault("ONEWINDOW_TEST_PG_DATABASE", "onewindow_test"));
        int staff = Integer.getInteger("benchmark.staff", 2_000);
        // Each run's own codes and names: the database is kept between runs.
        String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
        List<String> lines = new ArrayList<>();
        try (ConfigurableApplicationContext context = BenchmarkApplication.onPostgresDatabase(database).start()) {
            UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            lines.addAll(directoryImport(context.getBean(DirectoryImportService.class), run, staff));
            lines.add("");
            lines.addAll(staffGrid(context.getBean(StaffAccountService.class), run));
        }
        String section = section(database, staff, machine, uptime, lines);
        System.out.println(section);
        BenchmarksPage.append(SECTION_HEADING, section);
        System.exit(0); // the engines' and Hikari's threads would otherwise keep exec:java waiting
    }

    /** The departments file, then the check, the import with generated and with typed passwords, in seconds. */
    private static List<String> directoryImport(DirectoryImportService imports, String run, int staff) {
        List<String> departmentLines = new ArrayList<>(List.of(DEPARTMENT_HEADER));
        for (int d = 0; d < DEPARTMENTS; d++) {
            departmentLines.add(department(run, d) + ",基准部门" + d + ",Benchmark Bureau " + d + ",是");
        }
        ImportFile generatedFile = staffFile(run + "g", run, staff, false);
        ImportFile typedFile = staffFile(run + "t", run, staff, true);
        List<String> lines = new ArrayList<>();
        lines.add("| step | seconds |");
        lines.add("| --- | ---: |");
        double departments = seconds(() -> imports.importFiles(xlsx("departments.xlsx", departmentLines), null));
        lines.add(f("| import %d departments | %.2f |", DEPARTMENTS, departments));
        double check = seconds(() -> imports.check(null, generatedFile));
        lines.add(f("| check %,d staff rows (nothing saved) | %.2f |", staff, check));
        DirectoryImport[] imported = new DirectoryImport[1];
        double generated = seconds(() -> imported[0] = imports.importFiles(null, generatedFile));
        lines.add(f("| import %,d staff, passwords generated (BCrypt cost 4) | %.2f |", staff, generated));
        if (imported[0].generatedPasswords().size() != staff) {
            throw new IllegalStateException("expected " + staff + " generated passwords");
        }
        double typed = seconds(() -> imports.importFiles(null, typedFile));
        lines.add(f("| import %,d staff, passwords typed in the file (BCrypt cost 10, %d cores) | %.2f |", staff,
                Runtime.getRuntime().availableProcessors(), typed));
        return lines;
    }

    /** The staff grid's page and count queries, as the lazy grid runs them: median and 95th percentile in ms. */
    private static List<String> staffGrid(StaffAccountService accounts, String run) {
        long total = accounts.count(StaffFilter.all());
        Map<String, StaffFilter> filters = new LinkedHashMap<>();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        filters.put(f("first page (all %,d accounts)", total), StaffFilter.all());
        offsets.put(f("first page (all %,d accounts)", total), 0);
        filters.put("middle page", StaffFilter.all());
        offsets.put("middle page", (int) (total / 2 / PAGE * PAGE));
        filters.put("text filter \"Staff 1\", first page", new StaffFilter("Staff 1", null, null, null));
        offsets.put("text filter \"Staff 1\", first page", 0);
        filters.put("department filter, first page", new StaffFilter(null, department(run, 7), null, null));
        offsets.put("department filter, first page", 0);
        List<String> lines = new ArrayList<>();
        lines.add(f("Staff grid (`StaffAccountService#search` + `#count`, %d rows a page, %d times each, ms):",
                PAGE, PAGINGS));
        lines.add("");
        lines.add("| page | rows | search median | search p95 | count median | count p95 |");
        lines.add("| --- | ---: | ---: | ---: | ---: | ---: |");
        filters.forEach((name, filter) -> {
            PageRequest page = new PageRequest(offsets.get(name), PAGE);
            double[] search = timesMs(() -> accounts.search(filter, page));
            double[] count = timesMs(() -> accounts.count(filter));
            lines.add(f("| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, accounts.search(filter, page).size(),
                    percentile(search, 50), percentile(search, 95), percentile(count, 50), percentile(count, 95)));
        });
        return lines;
    }

    /** Staff rows of every kind of role, each in one of the run's departments, with an English name and mobile. */
    private static ImportFile staffFile(String prefix, String run, int staff, boolean typedPasswords) {
        String[] roles = { "CASE_WORKER", "CASE_WORKER;部门负责人", "综合受理窗口", "FOLLOW_UP", "CASE_WORKER" };
        List<String> lines = new ArrayList<>(List.of(STAFF_HEADER));
        for (int i = 0; i < staff; i++) {
            String username = "b" + prefix + "." + i;
            lines.add(String.join(",", username, "基准员工" + i, "Staff " + i, department(run, i % DEPARTMENTS),
                    roles[i % roles.length], username + "@example.gov.cn", f("138%08d", i), i % 3 == 0 ? "en" : "zh",
                    typedPasswords ? f("Lantern#%05d-harbour", i) : ""));
        }
        return xlsx(prefix + "-staff.xlsx", lines);
    }

    private static String department(String run, int d) {
        return ("B" + run + "-" + d).toUpperCase(Locale.ROOT);
    }

    private static ImportFile xlsx(String name, List<String> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
            return new ImportFile(name, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Two warm-up calls, then {@link #PAGINGS} timed ones, sorted. */
    private static double[] timesMs(Supplier<?> query) {
        query.get();
        query.get();
        double[] times = new double[PAGINGS];
        for (int i = 0; i < PAGINGS; i++) {
            long start = System.nanoTime();
            query.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String section(String database, int staff, String machine, String uptime, List<String> lines) {
        StringBuilder section = new StringBuilder();
        section.append(f("%n### Run of %s, PostgreSQL database `%s`, %,d staff%n%n", LocalDate.now(ZoneOffset.UTC),
                database, staff));
        section.append("Machine: ").append(machine).append("; `uptime` before the run: ").append(uptime)
                .append(".\n");
        String note = System.getProperty("benchmark.note");
        if (note != null && !note.isBlank()) {
            section.append(note).append('\n');
        }
        section.append('\n');
        lines.forEach(line -> section.append(line).append('\n'));
        return section.toString();
    }

    private static String uptime() {
        try {
            Process process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private AdminBenchmarkMain() {
    }
}
