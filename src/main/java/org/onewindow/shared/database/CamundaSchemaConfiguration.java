package org.onewindow.shared.database;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's schema from Liquibase, where {@code onewindow.database.camunda-schema-by-liquibase} is true (the
 * {@code postgres} profile, with {@code camunda.bpm.database.schema-update: false}). The embedded H2 database of
 * development keeps the engine's auto-update.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "onewindow.database.camunda-schema-by-liquibase", havingValue = "true")
class CamundaSchemaConfiguration {

    @Bean
    CamundaSchema camundaSchema(DataSource dataSource) {
        return new CamundaSchema(dataSource);
    }
}
