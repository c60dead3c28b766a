package org.onewindow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import liquibase.Scope;
import liquibase.ui.ConsoleUIService;

class CamundaSchemaTest {

    @Test
    void liquibaseWritesNothingToStandardOutputButThroughTheLogger() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:camunda-schema-console;DB_CLOSE_DELAY=-1");
        // Liquibase's default console, and standard output itself (its update summary goes there): what reaches
        // either is plain text among the JSON lines of the log.
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        ConsoleUIService liquibaseConsole = new ConsoleUIService();
        liquibaseConsole.setOutputStream(captured);
        PrintStream standardOutput = System.out;
        System.setOut(captured);
        try {
            Scope.child(Scope.Attr.ui, liquibaseConsole, () -> new CamundaSchema(database).afterPropertiesSet());
        } finally {
            System.setOut(standardOutput);
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        try (var connection = database.getConnection();
                var rows = connection.createStatement()
                        .executeQuery("select count(*) from databasechangelog")) {
            rows.next();
            assertThat(rows.getInt(1)).as("Camunda's changesets ran").isPositive();
        }
    }

    @Test
    void aSchemaVersionMapsToTheTagOfItsMinorRelease() {
        assertThat(CamundaSchema.changelogTag("7.24.0")).isEqualTo("7.24.0");
        assertThat(CamundaSchema.changelogTag("7.24.3")).isEqualTo("7.24.0");
        assertThat(CamundaSchema.changelogTag("7.16.12-ee")).isEqualTo("7.16.0");
    }

    @Test
    void aSchemaOlderThanCamundasChangelogIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> CamundaSchema.changelogTag("7.15.0"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("7.16 first");
        assertThatThrownBy(() -> CamundaSchema.changelogTag("fox"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not understood");
    }
}
