package org.onewindow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.support.ContextSecurityStrategy;
import org.onewindow.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The load benchmark at a tiny size, so that it keeps working: every case is created, the queue holds what was
 * loaded, and no step is claimed twice. No timing is asserted. Its own H2 database: the benchmark adds staff
 * and fills a queue, which the shared test context must not see.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:onewindow-load-smoke;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "onewindow.demo.enabled=true",
        "camunda.bpm.job-execution.enabled=false",
        "onewindow.notification.scheduler-enabled=false" })
@Import(TestClockConfiguration.class)
@TestExecutionListeners(listeners = ContextSecurityStrategy.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class LoadBenchmarkSmokeTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tinyRunGivesConsistentFigures() throws Exception {
        long casesBefore = count("select count(*) from intake_case");
        long bareBefore = count("select count(*) from act_ru_execution where business_key_ like 'BARE-%'");
        long queueBefore = count(
                "select count(*) from casework_open_task where candidate_group = 'HRSS' and assignee is null");
        // No time for the JIT to settle: one warm-up round.
        LoadBenchmark.Sizes sizes = new LoadBenchmark.Sizes(20, List.of(1, 4), 40, 150, 4, 20, 4, 3,
                java.time.Duration.ZERO);

        LoadBenchmark.Results results = new LoadBenchmark(context).run(sizes, step -> {
        });

        // Warm-up (4 per side) + 20 per number of windows, on each side; plus the open cases.
        assertThat(count("select count(*) from intake_case") - casesBefore).isEqualTo(4 + 2 * 20 + 40);
        assertThat(
                count("select count(*) from act_ru_execution where business_key_ like 'BARE-%' and parent_id_ is null")
                        - bareBefore)
                .isEqualTo(4 + 2 * 20);
        assertThat(results.intake()).extracting(LoadBenchmark.IntakeRun::windows).containsExactly(1, 4);
        assertThat(results.intake()).allSatisfy(run -> {
            assertThat(run.cases()).isEqualTo(20);
            assertThat(run.oneWindowPerSecond()).isPositive();
            assertThat(run.barePerSecond()).isPositive();
            assertThat(run.oneWindowCpu().workers()).isPositive().isLessThanOrEqualTo(run.oneWindowCpu().jvm());
            assertThat(run.bareCpu().workers()).isPositive().isLessThanOrEqualTo(run.bareCpu().jvm());
        });
        assertThat(results.warmUp().rounds()).isEqualTo(1);
        assertThat(results.warmUp().casesPerRoundAndSide()).isEqualTo(4);
        // The intake's window cases (accepted at the window) and the 40 loaded ones wait in the queue; the claims
        // took 12 steps; copies brought the queue to 150.
        assertThat(results.copiedRows()).isEqualTo(150 - (queueBefore + 4 + 2 * 20 + 40 - 12));
        assertThat(results.queueRows()).isEqualTo(150);
        assertThat(results.inbox()).hasSize(7).allSatisfy(run -> {
            assertThat(run.times().calls()).isEqualTo(20);
            assertThat(run.times().p50()).isLessThanOrEqualTo(run.times().p95());
            assertThat(run.times().p95()).isLessThanOrEqualTo(run.times().p99());
        });
        assertThat(results.inbox().get(0).rows()).isEqualTo(50);
        assertThat(results.inbox().get(1).rows()).isEqualTo(150);
        assertThat(results.inbox().get(3).rows()).isEqualTo(count(
                "select count(*) from casework_open_task where candidate_group = 'HRSS' and service_item_code = 'HRSS-002' "
                        + "and assignee is null"));

        LoadBenchmark.ClaimRun claims = results.claims();
        assertThat(claims.claims()).isEqualTo(4 * 3);
        assertThat(claims.errors()).isZero();
        assertThat(claims.unclearConflicts()).isZero();
        assertThat(claims.doubleWins()).isZero();
        assertThat(claims.engineMismatches()).isZero();
        assertThat(claims.readModelMismatches()).isZero();
        assertThat(count(
                "select count(*) from casework_open_task where candidate_group = 'HRSS' and assignee like 'bench.%'"))
                .isEqualTo(12);
        assertThat(results.heapUsedAfterGcBytes()).isPositive();

        String section = LoadBenchmarkReport.section("h2", sizes, results, 1.0, 1.0, results.heapUsedAfterGcBytes(),
                java.time.LocalDate.of(2026, 11, 29), LoadBenchmarkReport.machine(), null);
        assertThat(section).contains("| 4 |", "first page (50 rows)", "12 claims won",
                "warm-up of 1 rounds of 4 cases");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
