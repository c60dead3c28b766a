package org.onewindow.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.onewindow.support.Journeys;
import org.onewindow.support.PostgresNode;
import org.onewindow.support.PostgresTestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upgrading a production database: this release starts on the PostgreSQL database of the previous release and
 * carries its cases on. The dump in {@code src/test/resources/db/upgrade} was taken with {@code pg_dump} from release
 * 0.1.0 (commit 53fdbf2) after it had run on an empty database with its demo data; that release let the engine create
 * Camunda's tables, so this one must adopt them into Liquibase rather than create them again. A new release that
 * changes the schema adds its own dump here.
 */
class SchemaUpgradePostgresIntegrationTest {

    private static final String DATABASE = PostgresTestDatabase.DATABASE + "_upgrade";
    private static final String PREVIOUS_RELEASE = "db/upgrade/onewindow-0.1.0-53fdbf2.sql.gz";

    @AfterAll
    static void dropDatabase() {
        PostgresNode.dropDatabase(DATABASE);
    }

    /** What release 0.1.0 kept of the review's proof of concept: the uploaded name and the type read from its start. */
    private static String storeScanAsThePreviousReleaseDid() throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(PostgresTestDatabase.url(DATABASE),
                PostgresTestDatabase.user(), ""); java.sql.Statement statement = connection.createStatement()) {
            statement.execute(
                    """
                            insert into intake_case_attachment (case_id, file_name, content_type, size_bytes, content, uploaded_by,
                                uploaded_at)
                            select id, 'scan.html', 'application/pdf', 22, convert_to('%PDF-<script></script>', 'UTF8'),
                                'frontdesk', now() from intake_case order by id limit 1""");
            try (java.sql.ResultSet rs = statement
                    .executeQuery("select case_number from intake_case order by id limit 1")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * Survey invitations as the previous release kept them, with the item's Chinese name only: one of a case still
     * there (under a name the case no longer has) with its rectification, one whose case is gone.
     */
    private static String inviteAsThePreviousReleaseDid() throws java.sql.SQLException {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(PostgresTestDatabase.url(DATABASE),
                PostgresTestDatabase.user(), ""); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into sat_invitation (case_number, service_item_code, service_item_name, lead_department_code,
                        closed_at, created_at, expires_at, status)
                    select case_number, service_item_code, '旧事项名', lead_department_code, now(), now(), now(), 'OPEN'
                    from intake_case order by id limit 1""");
            statement.execute("""
                    insert into sat_invitation (case_number, service_item_code, service_item_name, lead_department_code,
                        closed_at, created_at, expires_at, status)
                    values ('OW-20260101-09999', 'GONE-001', '已删除办件的事项', 'AMR', now(), now(), now(), 'OPEN')""");
            statement.execute("""
                    insert into sat_rectification (case_number, invitation_id, department_code, service_item_code,
                        service_item_name, closed_at, stage, opened_at, verify_due_at)
                    select case_number, id, lead_department_code, service_item_code, service_item_name, closed_at,
                        'VERIFYING', now(), now() from sat_invitation where service_item_name = '旧事项名'""");
            try (java.sql.ResultSet rs = statement
                    .executeQuery("select case_number from intake_case order by id limit 1")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void thisReleaseAdoptsThePreviousReleasesDatabaseAndCarriesItsCasesOn() throws Exception {
        PostgresNode.recreateDatabase(DATABASE);
        PostgresNode.restore(PREVIOUS_RELEASE, DATABASE);
        String scannedCase = storeScanAsThePreviousReleaseDid();
        String invitedCase = inviteAsThePreviousReleaseDid();

        try (ConfigurableApplicationContext node = PostgresNode.start(DATABASE, Map.of(
                "camunda.bpm.job-execution.enabled", false, "onewindow.notification.scheduler-enabled", false))) {
            JdbcClient jdbc = node.getBean(JdbcClient.class);

            // Camunda's changelog is now on record up to the installed version, without having run its create script
            // again (which would have failed on the existing tables): the engine's schema log still has one entry.
            assertThat(jdbc.sql("select id from databasechangelog where author = 'Camunda'").query(String.class).list())
                    .contains(CamundaSchema.BASELINE_CHANGESET, "7.23-to-7.24", "7.24.0-tag");
            assertThat(jdbc.sql("select version_ from act_ge_schema_log").query(String.class).list())
                    .containsExactly("7.24.0");

            // The event publication registry the previous release created, and never wrote to, is gone (modulith-002).
            assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'event_publication'")
                    .query(Long.class).single()).isZero();

            // Each department of the previous release kept its one name as its Chinese name, has it as its English
            // name too until an administrator renames it, and is active (directory-005).
            assertThat(jdbc.sql("select count(*) from directory_department").query(Long.class).single()).isPositive();
            assertThat(jdbc.sql("select count(*) from directory_department where name_zh is null or name_en is null "
                    + "or name_en <> name_zh or active <> true").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select name_en from directory_department where code = 'AMR'").query(String.class)
                    .single()).isEqualTo("Market Regulation Bureau");

            // Every case of the previous release is still there, each with its running process.
            Map<String, String> statusByCase = jdbc.sql("select case_number, status from intake_case")
                    .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(statusByCase).hasSize(4).containsValues("ACCEPTED", "IN_REVIEW", "JOINT_REVIEW");
            RuntimeService runtime = node.getBean(RuntimeService.class);
            statusByCase.keySet().forEach(caseNumber -> assertThat(runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumber).processDefinitionKey("serviceRequest").count())
                    .as("running process of %s", caseNumber).isEqualTo(1));

            // Each case took the applicant's contact details, as the citizen row had them, as its own (intake-015).
            assertThat(jdbc.sql("""
                    select count(*) from intake_case c join intake_citizen p on p.id = c.citizen_id
                    where c.applicant_name = p.name and c.applicant_mobile = p.mobile
                      and c.applicant_language = p.preferred_language""").query(Long.class).single()).isEqualTo(4);

            // The case that waited for its acceptance review goes on to the end under this release...
            String waiting = statusByCase.entrySet().stream().filter(e -> e.getValue().equals("ACCEPTED"))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            PostgresNode.useSecurityOf(node);
            Journeys journeys = node.getBean(Journeys.class);
            journeys.carryToClosed(waiting, "frontdesk");
            assertThat(jdbc.sql("select status from intake_case where case_number = :n").param("n", waiting)
                    .query(String.class).single()).isEqualTo("CLOSED");

            // A scan the previous release kept under the name it was uploaded with (issue 15) now has the hall's name,
            // from its recognised type; the uploaded name is only its label.
            assertThat(jdbc.sql("select file_name, label from intake_case_attachment").query(
                    (rs, row) -> rs.getString(1) + " | " + rs.getString(2)).single())
                    .matches(java.util.regex.Pattern.quote(scannedCase) + "-scan-\\d+\\.pdf \\| scan\\.html");

            // Invitations and rectifications take the item's English name from their case (satisfaction-009), or
            // their own Chinese one when the case is gone.
            assertThat(jdbc.sql("""
                    select i.service_item_name_en = c.service_item_name_en from sat_invitation i
                    join intake_case c on c.case_number = i.case_number where i.case_number = :n""")
                    .param("n", invitedCase).query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("select service_item_name_en from sat_rectification where case_number = :n")
                    .param("n", invitedCase).query(String.class).single()).isNotEqualTo("旧事项名")
                    .isEqualTo(jdbc.sql("select service_item_name_en from intake_case where case_number = :n")
                            .param("n", invitedCase).query(String.class).single());
            assertThat(
                    jdbc.sql("select service_item_name_en from sat_invitation where case_number = 'OW-20260101-09999'")
                            .query(String.class).single())
                    .isEqualTo("已删除办件的事项");

            // ...and a new case runs from registration to closing on the upgraded schema.
            String fresh = journeys.closedSocialSecurityCard("320311197001010043", "Qian Yu", "13522223333");
            assertThat(jdbc.sql("select status from intake_case where case_number = :n").param("n", fresh)
                    .query(String.class).single()).isEqualTo("CLOSED");
        }
    }
}
