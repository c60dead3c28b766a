package org.onewindow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.support.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every listener between modules runs in the business transaction (see {@code EventListenersTest}), so the schema
 * holds no event publication registry: a table nothing writes to would only suggest that events survive a restart.
 */
@H2IntegrationTest
class EventPublicationSchemaIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void schemaHasNoEventPublicationRegistry() {
        assertThat(
                jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'event_publication'")
                        .query(Long.class).single())
                .isZero();
    }
}
