package org.onewindow.benchmark;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffAccount;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Staff;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The load benchmark of issue 7, on a running OneWindow context: intake throughput against the bare engine,
 * the department inbox over a large set of open cases, claiming under contention, and the heap. Everything
 * goes through the module services as the signed-in demo staff would call them; {@link LoadBenchmarkMain}
 * runs it at full size and writes the figures, {@code LoadBenchmarkSmokeTest} at a tiny one.
 */
final class LoadBenchmark {

    /** The department whose queue is loaded and claimed from, and its service items (all led by it). */
    static final String DEPARTMENT = "HRSS";
    static final List<String> ITEMS = List.of("HRSS-001", "HRSS-002", "HRSS-003");
    static final String FILTERED_ITEM = "HRSS-002";
    static final int PAGE_SIZE = 50; // what Vaadin's grid asks for

    /**
     * @param intakeCases cases per side (OneWindow, bare engine) and number of windows
     * @param openCases open cases registered and accepted through the services into the department queue
     * @param queueRows unclaimed steps the queue holds when the inbox is measured: what the services loaded is
     *     copied in the inbox read model up to this number (0: no copies)
     * @param claimsPerWorker claims each worker must win
     */
    record Sizes(int intakeCases, List<Integer> windows, int openCases, int queueRows, int loadThreads,
            int inboxCalls, int claimWorkers, int claimsPerWorker, Duration warmUpLimit) {
    }

    record Percentiles(int calls, double p50, double p95, double p99, double max) {

        static Percentiles of(double[] millis) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                    sorted[sorted.length - 1]);
        }

        /** Nearest-rank percentile. */
        private static double at(double[] sorted, double quantile) {
            int rank = (int) Math.ceil(quantile * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }

    /**
     * Cases per second at one number of windows; each side ran twice, interleaved (A B B A). With the CPU time
     * each side used per case: see {@link CpuPerCase}.
     */
    record IntakeRun(int windows, int cases, double oneWindowPerSecond, double barePerSecond, CpuPerCase oneWindowCpu,
            CpuPerCase bareCpu) {

        double ratio() {
            return oneWindowPerSecond / barePerSecond;
        }
    }

    /**
     * CPU milliseconds per case: of the threads that did the work; of the whole JVM (with the JIT compiler, the
     * garbage collector and the node's background work); and of the rest of the machine, which during these runs
     * is PostgreSQL serving the statements (NaN where {@code /proc/stat} cannot be read).
     */
    record CpuPerCase(double workers, double jvm, double restOfMachine) {

        static final CpuPerCase NONE = new CpuPerCase(0, 0, 0);

        CpuPerCase plus(CpuPerCase other) {
            return new CpuPerCase(workers + other.workers, jvm + other.jvm, restOfMachine + other.restOfMachine);
        }

        CpuPerCase perCase(int cases) {
            return new CpuPerCase(workers / cases, jvm / cases, restOfMachine / cases);
        }
    }

    /** The warm-up before the intake runs: rounds of both sides until the JIT compiler had settled. */
    record WarmUp(int rounds, int casesPerRoundAndSide, double seconds, double lastRoundCompileShare) {
    }

    /** A timed run of a task on a pool of threads, with the CPU time it took. */
    private record Phase(double seconds, CpuPerCase cpu) {
    }

    record InboxRun(String name, long rows, Percentiles times) {
    }

    /**
     * @param conflicts claims refused because someone else had just claimed the step, each retried by the worker
     * @param unclearConflicts refusals whose message was not the translated "already claimed by <winner>"
     * @param errors anything else thrown (must be none)
     * @param doubleWins steps that two workers both believe they claimed
     * @param engineMismatches won steps whose assignee in the engine is not the winner
     * @param readModelMismatches won steps whose assignee in the inbox read model is not the winner
     */
    record ClaimRun(int workers, int claims, int conflicts, int unclearConflicts, int errors, int doubleWins,
            int engineMismatches, int readModelMismatches, double seconds, Percentiles claimTimes) {
    }

    record Results(WarmUp warmUp, List<IntakeRun> intake, long openCasesLoaded, double loadSeconds, long copiedRows,
            long queueRows,
            List<InboxRun> inbox, ClaimRun claims, long heapUsedAfterGcBytes, long heapMaxBytes) {
    }

    private final ApplicationContext context;
    private final CaseRegistrationService intake;
    private final TaskInboxService inbox;
    private final TaskWorkService work;
    private final CatalogService catalog;
    private final UserDetailsService users;
    private final Staff staff;
    private final JdbcTemplate jdbc;
    /** Resident ID numbers are unique within a run and, by the base, between runs on one database. */
    private final AtomicLong citizenSerial;
    private final Map<String, UserDetails> accounts = new ConcurrentHashMap<>();
    private final Map<String, ServiceItem> items = new ConcurrentHashMap<>();

    LoadBenchmark(ApplicationContext context) {
        this.context = context;
        this.intake = context.getBean(CaseRegistrationService.class);
        this.inbox = context.getBean(TaskInboxService.class);
        this.work = context.getBean(TaskWorkService.class);
        this.catalog = context.getBean(CatalogService.class);
        this.users = context.getBean(UserDetailsService.class);
        this.staff = context.getBean(Staff.class);
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        this.citizenSerial = new AtomicLong(jdbc.queryForObject("select count(*) from intake_case", Long.class) * 10);
    }

    Results run(Sizes sizes, java.util.function.Consumer<String> progress) throws Exception {
        WarmUp warmUp;
        List<IntakeRun> intakeRuns;
        ProcessEngine bare = bareEngine();
        try {
            warmUp = warmUp(bare.getRuntimeService(), sizes, progress);
            intakeRuns = measureIntake(bare.getRuntimeService(), sizes, progress);
        } finally {
            bare.close();
        }

        progress.accept("Loading " + sizes.openCases() + " open cases into the " + DEPARTMENT + " queue");
        long t0 = System.nanoTime();
        loadOpenCases(sizes.openCases(), sizes.loadThreads(), progress);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        analyze();

        // Claims first: they need steps that exist in the engine, which the copies below do not.
        progress.accept("Claiming with " + sizes.claimWorkers() + " workers");
        ClaimRun claims = claimUnderContention(sizes.claimWorkers(), sizes.claimsPerWorker());

        long copied = fillQueue(sizes.queueRows());
        analyze();
        long queueRows = as("hrss.worker", () -> inbox.countDepartmentQueue(InboxFilter.none()));
        progress.accept("Measuring the inbox over " + queueRows + " steps (" + sizes.inboxCalls() + " calls each)");
        List<InboxRun> inboxRuns = measureInbox(sizes.inboxCalls());

        long[] heap = heapAfterGc();
        return new Results(warmUp, intakeRuns, sizes.openCases(), loadSeconds, copied, queueRows, inboxRuns, claims,
                heap[0],
                heap[1]);
    }

    // ---- intake ------------------------------------------------------------------------------------------

    /**
     * Rounds of both sides (4 windows each) until the JIT compiler has settled: it spent under 5% of the last
     * round's time compiling, or {@link Sizes#warmUpLimit()} has passed. On two cores, C2 kept a core busy for
     * minutes after start-up; measured earlier, OneWindow's far larger code path (Hibernate, Spring Data, Security,
     * the listeners) was charged with its own compilation and the bare engine hardly at all. A node in a hall runs
     * for days, so its settled speed is the one that counts. At least one round (class loading, caches).
     */
    private WarmUp warmUp(RuntimeService bareRuntime, Sizes sizes, java.util.function.Consumer<String> progress)
            throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int perRound = Math.max(4, sizes.intakeCases() / 5);
        long start = System.nanoTime();
        long deadline = start + sizes.warmUpLimit().toNanos();
        int rounds = 0;
        double share;
        do {
            long compiling = jit.getTotalCompilationTime();
            long roundStart = System.nanoTime();
            parallel(4, perRound, this::registerAtWindow);
            parallel(4, perRound, i -> startBare(bareRuntime, i));
            share = (jit.getTotalCompilationTime() - compiling) / ((System.nanoTime() - roundStart) / 1e6);
            rounds++;
            progress.accept(String.format(java.util.Locale.ROOT, "Warm-up round %d: JIT compiling %.0f%% of the time",
                    rounds, 100 * share));
        } while (share > 0.05 && System.nanoTime() < deadline);
        return new WarmUp(rounds, perRound, (System.nanoTime() - start) / 1e9, share);
    }

    private List<IntakeRun> measureIntake(RuntimeService bareRuntime, Sizes sizes,
            java.util.function.Consumer<String> progress) throws Exception {
        List<IntakeRun> runs = new ArrayList<>();
        for (int windows : sizes.windows()) {
            progress.accept("Intake with " + windows + " windows");
            int half = Math.max(1, sizes.intakeCases() / 2);
            // A B B A: the tables grow during the run, so neither side always runs on the smaller tables.
            Phase a1 = measured(windows, half, this::registerAtWindow);
            Phase b1 = measured(windows, half, i -> startBare(bareRuntime, i));
            Phase b2 = measured(windows, half, i -> startBare(bareRuntime, i));
            Phase a2 = measured(windows, half, this::registerAtWindow);
            runs.add(new IntakeRun(windows, 2 * half, 2 * half / (a1.seconds() + a2.seconds()),
                    2 * half / (b1.seconds() + b2.seconds()), a1.cpu().plus(a2.cpu()).perCase(2 * half),
                    b1.cpu().plus(b2.cpu()).perCase(2 * half)));
        }
        return runs;
    }

    /**
     * The bare engine: a second, plain Camunda engine on the same database and the same deployed BPMN, without
     * OneWindow around it (no citizen, no case row, no routing table, no inbox read model, no messages). The
     * BPMN's own due-date expression needs the step calendar, so that one bean is lent to it.
     */
    private ProcessEngine bareEngine() {
        ProcessEngineConfigurationImpl app = context.getBean(ProcessEngineConfigurationImpl.class);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-benchmark-engine");
        configuration.setDataSource(context.getBean(DataSource.class));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(app.getHistory());
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.setCmmnEnabled(app.isCmmnEnabled());
        configuration.setStandaloneTasksEnabled(app.isStandaloneTasksEnabled());
        configuration.setJdbcBatchProcessing(app.isJdbcBatchProcessing());
        configuration.setMetricsEnabled(app.isMetricsEnabled());
        configuration.setDbMetricsReporterActivate(false);
        configuration.setBeans(new HashMap<>(Map.of("stepDeadlines", context.getBean("stepDeadlines"))));
        return configuration.buildProcessEngine();
    }

    /**
     * The variables {@code CaseProcessStarter} sets for a case of the first item that waits for its acceptance review
     * (as an online request does): the bare engine has none of the listeners the lead department's step calls.
     */
    private void startBare(RuntimeService runtime, int i) {
        ServiceItem item = item(ITEMS.get(i % ITEMS.size()));
        Map<String, Object> variables = new HashMap<>();
        String businessKey = "BARE-" + citizenSerial.incrementAndGet();
        variables.put(ServiceRequestProcess.VAR_CASE_NUMBER, businessKey);
        variables.put(ServiceRequestProcess.VAR_SERVICE_ITEM_CODE, item.code());
        variables.put(ServiceRequestProcess.VAR_LEAD_DEPARTMENT, item.leadDepartmentCode());
        variables.put(ServiceRequestProcess.VAR_COLLABORATING_DEPARTMENTS,
                String.join(",", item.collaboratingDepartmentCodes()));
        variables.put(ServiceRequestProcess.VAR_CASE_DUE_DATE,
                new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(14)));
        variables.put(ServiceRequestProcess.VAR_REGISTERED_BY, "frontdesk");
        runtime.startProcessInstanceByKey(ServiceRequestProcess.KEY, businessKey, variables);
    }

    private RegisteredCase registerAtWindow(int i) {
        String item = ITEMS.get(i % ITEMS.size());
        List<String> materials = item(item).materialNames();
        long serial = citizenSerial.incrementAndGet();
        return as(i % 2 == 0 ? "frontdesk" : "frontdesk2", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                residentId(serial), "Bench Citizen " + serial, "138" + String.format("%08d", serial % 100_000_000),
                item, materials, null, Channel.WINDOW)));
    }

    /**
     * The service item as the window's form holds it once the clerk has picked it: read once, so that both sides
     * are measured without the benchmark's own catalog reads.
     */
    private ServiceItem item(String code) {
        return items.computeIfAbsent(code, c -> catalog.item(c).orElseThrow());
    }

    /** A valid, unique resident ID number (Beijing Chaoyang, born 1950 onwards, check character computed). */
    static String residentId(long serial) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(serial / 1000 % 20_000);
        String first17 = "110105" + birth.toString().replace("-", "") + String.format("%03d", serial % 1000);
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * weights[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    // ---- open cases --------------------------------------------------------------------------------------

    /**
     * Registers cases at the window, which accepts them, as the front desk does: each ends as an unclaimed
     * lead-department review in the department's queue, written by the engine and its listeners.
     */
    private void loadOpenCases(int count, int threads, java.util.function.Consumer<String> progress) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        parallel(threads, count, i -> {
            registerAtWindow(i);
            int loaded = done.incrementAndGet();
            if (loaded % 10_000 == 0) {
                // The rate as the open work grows: a slowdown with the number of open cases shows here.
                progress.accept(String.format(java.util.Locale.ROOT, "%,d open cases loaded, %.1f cases/s so far",
                        loaded, loaded / ((System.nanoTime() - start) / 1e9)));
            }
        });
    }

    /**
     * Brings the queue to {@code target} unclaimed steps by copying rows of the inbox read model
     * ({@code casework_open_task}, the table the inbox reads) that the services wrote, with new task ids and
     * case numbers and due dates spread over two months. Only the inbox reads these copies: the engine has no
     * task behind them, so they are made after the claims. Loading every case through the services takes
     * too long on the shared two-core machine (about 11 cases a second).
     */
    private long fillQueue(int target) {
        long current = jdbc.queryForObject("select count(*) from casework_open_task where candidate_group = ? "
                + "and assignee is null", Long.class, DEPARTMENT);
        if (target <= current) {
            return 0;
        }
        List<Object[]> originals = jdbc.query("select task_id, process_instance_id, case_number, task_key, task_name, "
                + "service_item_code, service_item_name, citizen_name, citizen_id_masked, created_at, due_at "
                + "from casework_open_task where candidate_group = ? and assignee is null order by task_id",
                (rs, i) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getObject(10, java.time.OffsetDateTime.class),
                        rs.getObject(11, java.time.OffsetDateTime.class) },
                DEPARTMENT);
        int missing = (int) (target - current);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            Object[] original = originals.get(i % originals.size());
            int copy = i / originals.size() + 1;
            java.time.OffsetDateTime due = original[10] == null ? null
                    : ((java.time.OffsetDateTime) original[10]).plusDays(i % 60);
            batch.add(new Object[] { original[0] + "-c" + copy, original[1], original[2] + "-c" + copy, original[3],
                    original[4], DEPARTMENT, original[5], original[6], original[7], original[8], original[9], due });
            if (batch.size() == 1_000 || i == missing - 1) {
                jdbc.batchUpdate("insert into casework_open_task (task_id, process_instance_id, case_number, task_key, "
                        + "task_name, candidate_group, service_item_code, service_item_name, citizen_name, "
                        + "citizen_id_masked, created_at, due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
                batch.clear();
            }
        }
        return missing;
    }

    /** What autovacuum and autoanalyze do on a live database after a load like this. */
    private void analyze() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (product != null && product.toLowerCase().contains("postgres")) {
            jdbc.execute("vacuum analyze");
        } else {
            jdbc.execute("analyze");
        }
    }

    // ---- inbox -------------------------------------------------------------------------------------------

    /** Service-side times of what the queue grid asks for: a page of 50 and the count, first page and filtered. */
    private List<InboxRun> measureInbox(int calls) {
        InboxFilter none = InboxFilter.none();
        InboxFilter byItem = new InboxFilter(null, FILTERED_ITEM, false);
        PageRequest first = new PageRequest(0, PAGE_SIZE);
        PageRequest tenth = new PageRequest(9 * PAGE_SIZE, PAGE_SIZE);
        Map<String, Supplier<Long>> queries = new java.util.LinkedHashMap<>();
        queries.put("first page (50 rows)", () -> (long) inbox.departmentQueue(none, first).size());
        queries.put("count of the queue", () -> inbox.countDepartmentQueue(none));
        queries.put("first page filtered by service item", () -> (long) inbox.departmentQueue(byItem, first).size());
        queries.put("count filtered by service item", () -> inbox.countDepartmentQueue(byItem));
        queries.put("10th page, latest due first", () -> (long) inbox.departmentQueue(
                new InboxFilter(null, null, true), tenth).size());
        queries.put("**grid: first page + count**",
                () -> inbox.departmentQueue(none, first).size() + inbox.countDepartmentQueue(none));
        queries.put("**grid: filtered page + count**",
                () -> inbox.departmentQueue(byItem, first).size() + inbox.countDepartmentQueue(byItem));
        return as("hrss.worker", () -> {
            // hrss.worker belongs to HRSS only, so this is exactly the loaded queue.
            List<InboxRun> runs = new ArrayList<>();
            for (Map.Entry<String, Supplier<Long>> query : queries.entrySet()) {
                for (int i = 0; i < Math.max(5, calls / 10); i++) {
                    query.getValue().get(); // warm-up
                }
                double[] times = new double[calls];
                long rows = 0;
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    rows = query.getValue().get();
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
                runs.add(new InboxRun(query.getKey(), rows, Percentiles.of(times)));
            }
            return runs;
        });
    }

    // ---- claims ------------------------------------------------------------------------------------------

    /**
     * Workers of one department claim from its queue at once, each taking one of the top five rows as people
     * do; a refused claim is retried with a fresh page. Afterwards every won step is checked in the engine and
     * in the read model.
     */
    private ClaimRun claimUnderContention(int workers, int claimsPerWorker) throws Exception {
        List<String> names = benchWorkers(workers);
        Map<String, String> winnerOf = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger unclear = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger doubleWins = new AtomicInteger();
        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        long t0;
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String name : names) {
                futures.add(pool.submit(() -> as(name, () -> {
                    start.await();
                    int won = 0;
                    int attempts = 0;
                    while (won < claimsPerWorker && attempts++ < claimsPerWorker * 50) {
                        List<InboxTask> page = inbox.departmentQueue(InboxFilter.none(), new PageRequest(0, PAGE_SIZE));
                        if (page.isEmpty()) {
                            break;
                        }
                        InboxTask task = page.get(ThreadLocalRandom.current().nextInt(Math.min(5, page.size())));
                        long c0 = System.nanoTime();
                        try {
                            work.claim(task.taskId());
                            times.add((System.nanoTime() - c0) / 1e6);
                            won++;
                            if (winnerOf.putIfAbsent(task.taskId(), name) != null) {
                                doubleWins.incrementAndGet();
                            }
                        } catch (BusinessRuleException refused) {
                            times.add((System.nanoTime() - c0) / 1e6);
                            conflicts.incrementAndGet();
                            String winner = currentAssignee(task.taskId());
                            if (!refused.getMessage().equals(Translations.current("casework.error.claimedBy", winner))
                                    && !refused.getMessage()
                                            .equals(Translations.current("casework.error.claimedMomentAgo"))) {
                                unclear.incrementAndGet();
                                failures.add(refused);
                            }
                        } catch (RuntimeException other) {
                            errors.incrementAndGet();
                            failures.add(other);
                        }
                    }
                    return null;
                })));
            }
            t0 = System.nanoTime();
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        failures.stream().limit(3).forEach(failure -> System.err.println("Claim failure: " + failure));

        TaskService taskService = context.getBean(TaskService.class);
        int engineMismatches = 0;
        int readModelMismatches = 0;
        for (Map.Entry<String, String> won : winnerOf.entrySet()) {
            var task = taskService.createTaskQuery().taskId(won.getKey()).singleResult();
            if (task == null || !won.getValue().equals(task.getAssignee())) {
                engineMismatches++;
            }
            if (!won.getValue().equals(currentAssignee(won.getKey()))) {
                readModelMismatches++;
            }
        }
        double[] millis = times.stream().mapToDouble(Double::doubleValue).toArray();
        return new ClaimRun(workers, winnerOf.size(), conflicts.get(), unclear.get(), errors.get(), doubleWins.get(),
                engineMismatches, readModelMismatches, seconds,
                millis.length == 0 ? new Percentiles(0, 0, 0, 0, 0) : Percentiles.of(millis));
    }

    private String currentAssignee(String taskId) {
        List<String> assignees = jdbc.queryForList("select assignee from casework_open_task where task_id = ?",
                String.class, taskId);
        return assignees.isEmpty() ? null : assignees.get(0);
    }

    /** Case workers of the department, created once per database (the demo hall has only two there). */
    private List<String> benchWorkers(int count) {
        DirectoryService directory = context.getBean(DirectoryService.class);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format("bench.%s.%02d", DEPARTMENT.toLowerCase(), i);
            if (directory.staff(name).isEmpty()) {
                as("admin",
                        () -> directory.createStaff(
                                new StaffAccount(name, "压测办事员" + name.substring(name.length() - 2),
                                        "Bench worker " + name.substring(name.length() - 2), null, null, null,
                                        Set.of(AppRoles.CASE_WORKER), Set.of(DEPARTMENT), "bench-" + name)));
            }
            names.add(name);
        }
        return names;
    }

    // ---- memory ------------------------------------------------------------------------------------------

    /** Heap in use after full collections, with the whole context and its caches alive. */
    static long[] heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new long[] { heap.getUsed(), heap.getMax() };
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    /** Runs {@code task(0..count-1)} on {@code threads} threads; returns the seconds it took. Any failure fails the run. */
    private static double parallel(int threads, int count, IntConsumer task) throws Exception {
        return parallel(threads, count, task, () -> {
        });
    }

    /** @param threadDone run by each thread when there is no more to do */
    private static double parallel(int threads, int count, IntConsumer task, Runnable threadDone) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        task.accept(i);
                    }
                    threadDone.run();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.HOURS);
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * {@link #parallel} with the CPU time it took: of its own threads (each is new, so its CPU time is this run's),
     * of the whole JVM, and of the rest of the machine ({@code /proc/stat}).
     */
    private static Phase measured(int threads, int count, IntConsumer task) throws Exception {
        LongAdder workers = new LongAdder();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        long jvm = processCpuNanos();
        long machine = machineBusyNanos();
        double seconds = parallel(threads, count, task, () -> workers.add(threadBean.getCurrentThreadCpuTime()));
        double jvmMs = (processCpuNanos() - jvm) / 1e6;
        double machineMs = machine < 0 ? Double.NaN : (machineBusyNanos() - machine) / 1e6;
        return new Phase(seconds, new CpuPerCase(workers.sum() / 1e6, jvmMs, machineMs - jvmMs));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time the whole machine spent busy, from {@code /proc/stat} (clock ticks of 10 ms); -1 if unreadable. */
    private static long machineBusyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            for (int k : new int[] { 1, 2, 3, 6, 7, 8 }) { // user, nice, system, irq, softirq, steal
                ticks += Long.parseLong(f[k]);
            }
            return ticks * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Runs as a demo staff member with the authorities of their account, as a signed-in request would. */
    private <T> T as(String username, java.util.concurrent.Callable<T> action) {
        // Loaded once per account: a signed-in session does not read its account on every request either.
        return staff.as(accounts.computeIfAbsent(username, users::loadUserByUsername), action);
    }
}
