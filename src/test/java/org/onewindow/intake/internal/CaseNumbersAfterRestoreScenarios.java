package org.onewindow.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After a restore, case numbers given out after the backup are not given out again (the restore step of
 * docs/operations.md), on H2 ({@link CaseNumbersAfterRestoreIntegrationTest}) and PostgreSQL
 * ({@link CaseNumbersAfterRestorePostgresIntegrationTest}). The restore is simulated as what it does to the numbers:
 * the counter goes back to the dump's value, and the cases registered after the dump are not in the database.
 */
abstract class CaseNumbersAfterRestoreScenarios {

    @Autowired
    CaseNumberGenerator generator;
    @Autowired
    CaseNumbersAfterRestore afterRestore;
    @Autowired
    JdbcClient jdbc;

    @Test
    void takingTheCounterBackAloneGivesOutANumberACitizenAlreadyHolds() {
        long atBackup = generator.nextValue();
        List<String> onReceipts = giveOut(3);

        restoreCounterTo(atBackup);

        assertThat(onReceipts).contains(generator.next());
    }

    @Test
    void afterTheRestoreStepNoNumberGivenOutAfterTheBackupComesAgain() {
        long atBackup = generator.nextValue();
        List<String> onReceipts = giveOut(25);

        restoreCounterTo(atBackup);
        long next = afterRestore.advance();

        List<String> afterRestore = giveOut(25);
        assertThat(afterRestore).doesNotContainAnyElementsOf(onReceipts)
                .allMatch(number -> number.matches("OW-\\d{8}-\\d{5,}"));
        assertThat(next).isGreaterThan(atBackup + 10_000);
        assertThat(afterRestore.get(0)).endsWith("-" + String.format("%05d", next));
    }

    private List<String> giveOut(int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(generator.next());
        }
        return numbers;
    }

    /** The counter as a restore of the dump taken when it stood at {@code atBackup} leaves it. */
    private void restoreCounterTo(long atBackup) {
        jdbc.sql("alter sequence " + CaseNumberGenerator.SEQUENCE + " restart with " + (atBackup + 1)).update();
    }
}
