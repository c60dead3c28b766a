package org.onewindow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.onewindow.support.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On PostgreSQL, Camunda's tables come from Camunda's Liquibase changelog, not from the engine's auto-update. */
@PostgresIntegrationTest
class CamundaSchemaPostgresIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    @Test
    void camundasChangelogCreatedItsTablesBeforeTheEngineStarted() {
        List<String> camundaChangesets = jdbc.sql("select id from databasechangelog where author = 'Camunda' "
                + "and exectype = 'EXECUTED' order by orderexecuted").query(String.class).list();
        assertThat(camundaChangesets).startsWith(CamundaSchema.BASELINE_CHANGESET).contains("7.23-to-7.24",
                "7.24.0-tag");
        assertThat(jdbc.sql("select version_ from act_ge_schema_log").query(String.class).list()).contains("7.24.0");
        // The engine itself may not touch the schema: a production database changes only through recorded migrations.
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
                .isEqualTo("false");
    }

    @Test
    void camundasTaskTableHasOneWindowsIndexForSubTaskLookups() {
        assertThat(jdbc.sql("select indexdef from pg_indexes where tablename = 'act_ru_task' "
                + "and indexname = 'ow_idx_task_parent_task'").query(String.class).single())
                .contains("parent_task_id_");
    }

    @Test
    void onewindowsOwnChangelogRanToo() {
        assertThat(
                jdbc.sql("select count(*) from databasechangelog where id like 'intake-%'").query(Long.class).single())
                .isPositive();
    }
}
