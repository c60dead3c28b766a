package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.e2e.AdminPages.CatalogItemPage;
import org.onewindow.e2e.AdminPages.ImportPage;
import org.onewindow.e2e.AdminPages.PasswordPage;
import org.onewindow.e2e.Pages.InboxPage;
import org.onewindow.e2e.Pages.IntakePage;
import org.onewindow.e2e.Pages.TaskPage;
import org.onewindow.shared.spreadsheet.TemplateWriter;
import org.onewindow.support.PostgresTestDatabase;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A hall set up through the browser from an empty PostgreSQL database, as on its first day (issue 17): the first
 * administrator signs in with the one-time setup code from the log and chooses a password, imports the departments
 * and staff from files, puts a service item in the catalog and publishes it; an imported clerk registers a case for
 * it and an imported case worker of its lead department claims it. Then a new version of the item: the open case
 * keeps the version it was registered under, a new case takes the new one. The tests run in order on one hall,
 * the second on what the first set up, because a hall is set up once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onewindow.demo.enabled=false", "onewindow.notification.scheduler-enabled=false" })
@ActiveProfiles("postgres")
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HallSetUpBrowserIT {

    /** A database of its own, dropped and created empty before the context starts: Liquibase builds it all. */
    private static final String DATABASE = PostgresTestDatabase.DATABASE + "_setup";
    private static final Path FILES = Path.of("target", "browser-uploads").toAbsolutePath();
    private static final Pattern SETUP_CODE = Pattern.compile("one-time setup code: (\\S+)");

    private static final String ADMIN_PASSWORD = "Hall-Opening-Day-7";
    private static final String CLERK = "li.window";
    private static final String CLERK_TEMPORARY = "Window-Temp-2026a";
    private static final String CLERK_PASSWORD = "Lotus-Counter-88";
    private static final String WORKER = "zhou.culture";
    private static final String WORKER_TEMPORARY = "Culture-Temp-2026b";
    private static final String WORKER_PASSWORD = "Opera-Archive-51";
    private static final String ITEM = "CULT-001";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** The case registered in the first walk, still open when the item gets its second version. */
    private static String firstCase;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url("postgres"),
                PostgresTestDatabase.user(), ""); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PostgresTestDatabase.host() + " is needed: "
                    + e.getMessage(), e);
        }
        registry.add("spring.datasource.url", () -> PostgresTestDatabase.url(DATABASE));
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @Test
    @Order(1)
    void theFirstAdministratorSetsUpTheHallAndItsStaffTakeTheFirstCase(CapturedOutput output) throws IOException {
        Matcher code = SETUP_CODE.matcher(output.getAll());
        assertThat(code.find()).as("the log shows the one-time setup code").isTrue();

        browser.signIn("admin", code.group(1));
        PasswordPage password = new PasswordPage(browser).forced();
        browser.screenshot("setup-1-forced-password");
        password.change(code.group(1), "short1");
        assertThat(password.newPasswordError()).isEqualTo("The password must be at least 12 characters long.");
        browser.screenshot("setup-2-weak-password");
        password.changeAndEnter(code.group(1), ADMIN_PASSWORD);

        // One bad row: nothing is imported, and the problem names its file, row and column.
        Path departments = csv("departments.csv", List.of(
                List.of("部门代码 / Department code", "中文名称 / Chinese name", "英文名称 / English name", "启用 / Active"),
                List.of("HALL", "政务服务中心综合窗口", "Service Hall Front Desk", "是"),
                List.of("CULT", "文化和旅游局", "Culture and Tourism Bureau", "是")));
        List<String> staffHeader = List.of("用户名 / Username", "中文姓名 / Chinese name", "英文姓名 / English name",
                "所属部门 / Departments", "角色 / Roles", "临时密码 / Temporary password");
        List<String> clerk = List.of(CLERK, "李窗", "Li Chuang", "HALL", "FRONT_DESK", CLERK_TEMPORARY);
        List<String> worker = List.of(WORKER, "周文", "Zhou Wen", "CULT", "CASE_WORKER", WORKER_TEMPORARY);
        Path badStaff = csv("staff-bad.csv", List.of(staffHeader, clerk, worker,
                List.of("sun.guard", "孙卫", "Sun Wei", "HALL", "JANITOR", "")));
        ImportPage refused = new ImportPage(browser).open().departments(departments).staff(badStaff).check();
        assertThat(refused.message()).isEqualTo("Nothing was imported: 1 problem to correct, listed below.");
        assertThat(refused.problems()).singleElement().asString()
                .contains("staff-bad.csv|4|", "Roles", "There is no role JANITOR");
        browser.screenshot("setup-3-import-problems");
        refused.importFiles();
        assertThat(refused.problems()).hasSize(1);
        browser.open("/admin/departments");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("CULT");

        Path staff = csv("staff.csv", List.of(staffHeader, clerk, worker));
        ImportPage imported = new ImportPage(browser).open().departments(departments).staff(staff).check();
        assertThat(imported.result()).contains("2 departments and 2 staff accounts can be imported");
        imported.importFiles();
        assertThat(imported.result()).isEqualTo("Imported 2 departments and 2 staff accounts.");
        browser.screenshot("setup-4-imported");
        browser.open("/admin/staff");
        browser.until("the staff list shows the imported clerk", d -> !d.findElements(By.xpath(
                "//vaadin-grid-cell-content[contains(., '" + CLERK + "')]")).isEmpty());
        browser.screenshot("setup-5-staff-list");

        CatalogItemPage item = new CatalogItemPage(browser).openNew().code(ITEM)
                .names("营业性演出许可证核发", "Commercial performance licence").promised(20, 10)
                .lead("Culture", "Culture and Tourism Bureau").material("营业性演出申请表", "Performance application form")
                .screenshot("setup-6-item-editor");
        item.publish("v1 (Published)");
        browser.open("/admin/catalog");
        browser.until("the catalog lists the new item", d -> !d.findElements(By.xpath(
                "//vaadin-grid[@id='catalog-grid']/vaadin-grid-cell-content[contains(., '" + ITEM + "')]")).isEmpty());
        browser.screenshot("setup-7-catalog");
        browser.click("logout");
        browser.waitForUrl("/login");

        browser.signIn(CLERK, CLERK_TEMPORARY);
        new PasswordPage(browser).forced().changeAndEnter(CLERK_TEMPORARY, CLERK_PASSWORD);
        firstCase = register("11010519491231002X", "Zhao Lan", "13800138000", "Commercial performance licence");
        browser.screenshot("setup-8-receipt");

        browser.signIn(WORKER, WORKER_TEMPORARY);
        new PasswordPage(browser).forced().changeAndEnter(WORKER_TEMPORARY, WORKER_PASSWORD);
        TaskPage review = InboxPage.queue(browser).open(firstCase)
                .claimAndOpen(firstCase, ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT);
        // The registration was the acceptance: the worker reads it as the window's opinion.
        // In the registering clerk's own language, as if they had typed it.
        assertThat(review.opinions()).containsAnyOf("accepted on registration", "登记即受理");
        browser.screenshot("setup-9-worker-task");
    }

    @Test
    @Order(2)
    void aNewVersionOfTheItemLeavesTheOpenCaseOnTheVersionItWasRegisteredUnder() {
        browser.signIn(CLERK, CLERK_PASSWORD);
        browser.open("/case/" + firstCase);
        String firstDue = browser.text("case-due");
        assertThat(browser.text("case-item")).contains("Commercial performance licence", "item version v1");

        browser.signIn("admin", ADMIN_PASSWORD);
        CatalogItemPage item = new CatalogItemPage(browser).open(ITEM);
        assertThat(item.status()).contains("v1 (Published)", "draft v2");
        item.names("营业性演出许可证核发（简化）", "Commercial performance licence (simplified)").promisedDays(3)
                .publish("v2 (Published)");

        browser.signIn(CLERK, CLERK_PASSWORD);
        browser.open("/case/" + firstCase);
        assertThat(browser.text("case-item")).contains("Commercial performance licence", "item version v1")
                .doesNotContain("simplified");
        assertThat(browser.text("case-due")).isEqualTo(firstDue);

        String secondCase = register("440524198001010013", "Qian Ming", "13912345678", "(simplified)");
        browser.open("/case/" + secondCase);
        assertThat(browser.text("case-item")).contains("Commercial performance licence (simplified)",
                "item version v2");
        assertThat(browser.text("case-due")).isNotEqualTo(firstDue);
        browser.screenshot("setup-10-case-on-new-version");
    }

    private static String register(String idNumber, String name, String mobile, String itemName) {
        return new IntakePage(browser).open().applicant(idNumber, name, mobile)
                .serviceItem("performance", itemName).received("Performance application form").submit();
    }

    private static Path csv(String name, List<List<String>> rows) throws IOException {
        Files.createDirectories(FILES);
        return Files.write(FILES.resolve(name), TemplateWriter.csv(rows));
    }
}
