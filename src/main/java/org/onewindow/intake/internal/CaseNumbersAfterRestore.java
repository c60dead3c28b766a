package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.onewindow.intake.CaseNumberProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The restore step of the case numbers. After a restore the counter is back at the dump's value, but citizens hold
 * receipts with the numbers given out after the dump. This step moves the counter past all of them: past the
 * counter and the highest restored number by the larger of {@code restore-margin} and what the hall's busiest
 * restored day, kept up since the newest restored case's day, could have given out. Numbers skipped stay unused;
 * the format is unchanged. Run at start-up (before any case can be registered) when
 * {@code onewindow.intake.case-numbers.advance-after-restore} is set.
 */
@Component
class CaseNumbersAfterRestore implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CaseNumbersAfterRestore.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcClient jdbc;
    private final CaseNumberGenerator generator;
    private final CaseNumberProperties properties;
    private final Clock clock;

    CaseNumbersAfterRestore(JdbcClient jdbc, CaseNumberGenerator generator, CaseNumberProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.generator = generator;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.advanceAfterRestore()) {
            advance();
        }
    }

    /** Moves the counter; returns the next number it will give out. */
    long advance() {
        long counter = generator.nextValue();
        // Case numbers are OW-yyyyMMdd-nnnnn: the day from the 4th character, the number from the 13th.
        long highestRestored = jdbc.sql("select coalesce(max(cast(substring(case_number, 13) as bigint)), 0) "
                + "from intake_case where case_number like 'OW-%'").query(Long.class).single();
        long busiestDay = jdbc.sql("select coalesce(max(n), 0) from (select count(*) as n from intake_case "
                + "where case_number like 'OW-%' group by substring(case_number, 4, 8)) per_day")
                .query(Long.class).single();
        String newestDay = jdbc.sql("select max(substring(case_number, 4, 8)) from intake_case "
                + "where case_number like 'OW-%'").query(String.class).optional().orElse(null);
        long daysSinceDump = newestDay == null ? 0
                : Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(newestDay, DAY), LocalDate.now(clock)));
        long gap = Math.max(properties.restoreMargin(), busiestDay * (daysSinceDump + 1));
        long next = Math.max(counter, highestRestored) + gap + 1;
        jdbc.sql("alter sequence " + CaseNumberGenerator.SEQUENCE + " restart with " + next).update();
        log.warn("Case numbers advanced after a restore: the next is {} (the restored counter was at {}, the highest "
                + "restored number {}); the {} numbers in between stay unused, since the hall may have given them out "
                + "after the backup", next, counter, highestRestored, next - counter - 1);
        return next;
    }
}
