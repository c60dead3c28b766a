package org.onewindow.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Case numbers {@code OW-yyyyMMdd-nnnnn}: the date of acceptance in the hall and a number from a database
 * sequence, so that numbers stay unique when many windows (and several nodes) submit at once.
 */
@Component
class CaseNumberGenerator {

    static final String SEQUENCE = "intake_case_number_seq";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final DataFieldMaxValueIncrementer sequence;
    private final Clock clock;

    CaseNumberGenerator(DataSource dataSource, Clock clock) throws MetaDataAccessException {
        this.clock = clock;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
        this.sequence = product.toLowerCase().contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
                : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
    }

    String next() {
        return "OW-" + LocalDate.now(clock).format(DAY) + "-" + String.format("%05d", nextValue());
    }

    /** The counter's next value (taken, so never given out). */
    long nextValue() {
        return sequence.nextLongValue();
    }
}
