package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffAccount;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many workers of one department claiming the same steps at the same moment: exactly one wins each step, and
 * every other one is told, in their language, who claimed it, never an error page and never a lost update.
 * Run on H2 ({@link ClaimContentionIntegrationTest}) and PostgreSQL ({@link ClaimContentionPostgresIntegrationTest}).
 */
abstract class ClaimContentionScenarios {

    static final int WORKERS = 8;
    static final int STEPS = 4;

    @Autowired
    CaseRegistrationService intake;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    TaskService taskService;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Staff staff;

    @Test
    void workersClaimingTheSameStepsAtOnceOneWinsEachStepTheOthersAreToldWho() throws Exception {
        List<String> workers = workers();
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < STEPS; i++) {
            steps.add(stepInQueue());
        }

        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            for (String step : steps) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Outcome>> futures = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    String worker = workers.get(w);
                    // Half the workers read Chinese: the refusal must come in the reader's language.
                    boolean chinese = w % 2 == 1;
                    futures.add(pool.submit(() -> claim(start, worker, step, chinese)));
                }
                start.countDown();
                List<Outcome> outcomes = new ArrayList<>();
                for (Future<Outcome> future : futures) {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                }

                assertThat(outcomes).as("outcomes for step %s", step).filteredOn(Outcome::won).hasSize(1);
                String winner = outcomes.stream().filter(Outcome::won).findFirst().orElseThrow().worker();
                assertThat(outcomes).filteredOn(outcome -> !outcome.won()).hasSize(WORKERS - 1).allSatisfy(outcome -> {
                    assertThat(outcome.error()).as("what %s was told", outcome.worker())
                            .isInstanceOf(BusinessRuleException.class);
                    assertThat(outcome.error().getMessage()).isIn(
                            Translations.ENGLISH.equals(outcome.locale())
                                    ? Set.of(english("casework.error.claimedBy", winner),
                                            english("casework.error.claimedMomentAgo"))
                                    : Set.of(chinese("casework.error.claimedBy", winner),
                                            chinese("casework.error.claimedMomentAgo")));
                });
                // No lost update: the engine and the inbox both hold the winner.
                assertThat(taskService.createTaskQuery().taskId(step).singleResult().getAssignee()).isEqualTo(winner);
                assertThat(jdbc.sql("select assignee from casework_open_task where task_id = :id").param("id", step)
                        .query(String.class).single()).isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    record Outcome(String worker, boolean won, RuntimeException error, java.util.Locale locale) {
    }

    private Outcome claim(CountDownLatch start, String worker, String step, boolean chinese)
            throws InterruptedException {
        java.util.Locale locale = chinese ? Translations.CHINESE : Translations.ENGLISH;
        LocaleContextHolder.setLocale(locale);
        start.await();
        try {
            staff.run(worker, () -> work.claim(step));
            return new Outcome(worker, true, null, locale);
        } catch (RuntimeException e) {
            return new Outcome(worker, false, e, locale);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** Case workers of HRSS for this test (the demo hall has only two there); created once per database. */
    private List<String> workers() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= WORKERS; i++) {
            String name = "contender.hrss." + i;
            if (directory.staff(name).isEmpty()) {
                staff.run("admin",
                        () -> directory.createStaff(new StaffAccount(name, "争抢者" + name.substring(15),
                                "Contender " + name.substring(15), null, null, null, Set.of(AppRoles.CASE_WORKER),
                                Set.of("HRSS"), "contender")));
            }
            names.add(name);
        }
        return names;
    }

    /** A case registered and accepted at the window: its lead review waits unclaimed in the HRSS queue. */
    private String stepInQueue() {
        String caseNumber = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "110101199003074477", "Sun Hua", "13698765432", "HRSS-001", List.of("Resident ID card", "Recent photo"),
                null, Channel.WINDOW))).caseNumber();
        return staff.as("hrss.worker", () -> inbox.departmentQueue(new InboxFilter(caseNumber, null, false),
                new PageRequest(0, 1)).get(0).taskId());
    }

    private static String english(String key, Object... args) {
        return text(Translations.ENGLISH, key, args);
    }

    private static String chinese(String key, Object... args) {
        return text(Translations.CHINESE, key, args);
    }

    private static String text(java.util.Locale locale, String key, Object... args) {
        LocaleContextHolder.setLocale(locale);
        try {
            return Translations.current(key, args);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
