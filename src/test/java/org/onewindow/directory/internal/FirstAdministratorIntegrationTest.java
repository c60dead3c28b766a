package org.onewindow.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.directory.FirstAdminProperties;
import org.onewindow.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hall started on an empty database without demo data gets its first administrator: the configured one, ready
 * on screen and over the API at once, or {@code admin} with a one-time setup code printed in the log, which must
 * be changed before anything else. A weak configured password stops start-up.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:onewindow-first-admin;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "onewindow.demo.enabled=false",
        "camunda.bpm.job-execution.enabled=false",
        "onewindow.notification.scheduler-enabled=false",
        "onewindow.metrics.scrape-token=test-scrape-token-0123456789abcdef",
        "onewindow.metrics.refresh-interval=1h" })
@AutoConfigureMockMvc
// The Prometheus endpoint as in production, the administrator's API to call.
@AutoConfigureObservability(tracing = false)
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIntegrationTest {

    private static final Pattern SETUP_CODE = Pattern.compile("one-time setup code: ([A-Za-z0-9]{16})\\s");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffRepository staff;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    Environment environment;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noAdministrator() {
        // The start-up already created one (with a setup code); each test starts again from none.
        jdbc.sql("delete from directory_staff_role").update();
        jdbc.sql("delete from directory_staff_department").update();
        jdbc.sql("delete from directory_staff").update();
    }

    @Test
    void withoutConfigurationAdminGetsASetupCodeInTheLogThatMustBeChangedFirst(CapturedOutput output)
            throws Exception {
        // The application's own start-up on the empty database printed a code too; the last one is this run's.
        long codesBefore = SETUP_CODE.matcher(output.getOut()).results().count();
        runner(new FirstAdminProperties(null, null)).run(null);

        List<String> codes = SETUP_CODE.matcher(output.getOut()).results().map(found -> found.group(1)).toList();
        assertThat(codes).as("the setup code in the log").hasSize((int) codesBefore + 1);
        assertThat(output.getOut()).contains("user name \"admin\"");
        String code = codes.get(codes.size() - 1);
        mvc.perform(get("/api/tasks/mine").with(httpBasic("admin", code)).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:password-change-required"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "wrong-code-0000")))
                .andExpect(status().isUnauthorized());

        // Started again (another node, a restart): an administrator exists, nothing is created or printed.
        runner(new FirstAdminProperties(null, null)).run(null);
        assertThat(SETUP_CODE.matcher(output.getOut()).results().count()).isEqualTo(codesBefore + 1);
        assertThat(staff.count()).isEqualTo(1);
    }

    @Test
    void theConfiguredAdministratorWorksOverTheApiAtOnce() throws Exception {
        runner(new FirstAdminProperties("hall.chief", "Lotus pond at dawn 7")).run(null);

        mvc.perform(get("/actuator/prometheus").with(httpBasic("hall.chief", "Lotus pond at dawn 7")))
                .andExpect(status().isOk());
        assertThat(staff.findByUsername("hall.chief")).get().satisfies(admin -> {
            assertThat(admin.roles()).containsExactly("ADMIN");
            assertThat(admin.mustChangePassword()).isFalse();
            // Named in both languages, as every account opened through StaffAccounts#open.
            assertThat(admin.toStaffMember().displayName()).isEqualTo("系统管理员");
            assertThat(admin.toStaffMember().displayNameEn()).isEqualTo("System administrator");
        });
    }

    @Test
    void aWeakConfiguredPasswordStopsStartUpSayingWhy() {
        assertThatThrownBy(() -> runner(new FirstAdminProperties("hall.chief", "woaini1314520")).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ONEWINDOW_ADMIN_PASSWORD")
                .hasMessageContaining("most common");
        assertThatThrownBy(() -> runner(new FirstAdminProperties("hall.chief", "short")).run(null))
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> runner(new FirstAdminProperties("hall.chief", null)).run(null))
                .hasMessageContaining("both");
        assertThat(staff.count()).isZero();
    }

    @Test
    void nodesStartingTogetherCreateExactlyOneAdministrator() throws Exception {
        var properties = new FirstAdminProperties("hall.chief", "Lotus pond at dawn 7");
        Thread[] nodes = new Thread[4];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new Thread(() -> runner(properties).run(null));
            nodes[i].start();
        }
        for (Thread node : nodes) {
            node.join();
        }
        assertThat(staff.count()).isEqualTo(1);
    }

    private FirstAdministrator runner(FirstAdminProperties properties) {
        return new FirstAdministrator(staff, encoder, policy, properties, environment, transactions, accounts);
    }
}
