package org.onewindow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.CaseFileService;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.onewindow.support.Journeys;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators keep the staff accounts: open one with a temporary password, edit it, deactivate and reactivate
 * it. A deactivated account cannot sign in and its claimed steps go back to the queue; the last administrator stays.
 */
abstract class StaffAccountScenarios {

    static final String PASSWORD = "Lotus pond at dawn 7";

    @Autowired
    StaffAccountService accounts;
    @Autowired
    DirectoryService directory;
    @Autowired
    AdministrativeChanges auditLog;
    @Autowired
    Staff staff;
    @Autowired
    Journeys journeys;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    CaseFileService caseFiles;

    private static String newUsername() {
        return "staff." + Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000_000), 36);
    }

    private StaffMember open(String username, Set<String> roles, Set<String> departments) {
        return staff.as("admin", () -> accounts.create(new StaffAccount(username, "王芳", "Wang Fang " + username,
                "13800138000", username + "@example.gov.cn", Translations.ENGLISH, roles, departments, PASSWORD)));
    }

    private List<LoggedChange> logged(String username) {
        return staff.as("admin", () -> auditLog.search(new AuditFilter(AdminArea.ACCOUNTS, null, username, null, null),
                new PageRequest(0, 20)));
    }

    @Test
    void anAdministratorOpensAnAccountThatMustChangeItsPasswordAndTheListFindsIt() {
        String username = newUsername();
        StaffMember created = open(username, Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("AMR"));

        assertThat(directory.staff(username)).contains(created);
        assertThat(created.displayName(Translations.CHINESE)).isEqualTo("王芳");
        assertThat(created.displayName(Translations.ENGLISH)).isEqualTo("Wang Fang " + username);
        assertThat(created.mobile()).isEqualTo("13800138000");
        assertThat(created.language()).isEqualTo(Translations.ENGLISH);
        assertThat(staff.details(username).getAuthorities()).extracting(Object::toString)
                .contains(PasswordChangeRequired.AUTHORITY, "ROLE_DEPT_HEAD", "DEPT_AMR");

        StaffFilter byName = new StaffFilter(("FANG " + username).toUpperCase(), "AMR", AppRoles.DEPT_HEAD, true);
        List<StaffAccountRow> rows = staff.as("admin", () -> accounts.search(byName, new PageRequest(0, 10)));
        assertThat(rows).containsExactly(StaffAccountRow.of(created, null));
        assertThat(staff.as("admin", () -> accounts.count(byName))).isEqualTo(1);
        assertThat(staff.as("admin", () -> accounts.count(new StaffFilter(username, "HRSS", null, null)))).isZero();
        assertThat(staff.as("admin", () -> accounts.count(new StaffFilter(username, null, null, false)))).isZero();
        // The demo hall's accounts page by user name.
        assertThat(staff.as("admin", () -> accounts.search(StaffFilter.all(), new PageRequest(0, 2))))
                .extracting(StaffAccountRow::username).containsExactly("admin", "amr.head");

        assertThat(logged(username)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AdminAction.CREATED);
            assertThat(entry.after()).contains("name_en: Wang Fang " + username, "roles: CASE_WORKER DEPT_HEAD",
                    "departments: AMR", "password: temporary").doesNotContain(PASSWORD);
        });
    }

    @Test
    void aTakenUserNameAndBadDetailsAreRefusedFieldByFieldAndNothingIsSaved() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> staff.as("admin", () -> accounts.create(new StaffAccount("amr.worker", "王芳", "", "12345",
                        null, null, Set.of(), Set.of("NOPE"), "password"))));
        assertThat(refused.fieldErrors()).containsOnlyKeys("username", "displayNameEn", "mobile", "roles",
                "departmentCodes", "temporaryPassword");
        assertThat(refused.errorFor(StaffAccountField.USERNAME))
                .isEqualTo("There is already an account named amr.worker; choose another user name.");
        assertThat(refused.errorFor(StaffAccountField.TEMPORARY_PASSWORD))
                .isEqualTo("The password must be at least 12 characters long.");
        assertThat(directory.staff("amr.worker").orElseThrow().displayName()).isEqualTo("王芳");
    }

    @Test
    void anAccountAHallStartsWithIsCheckedAsTheScreenChecksItButKeepsItsOwnPassword() throws Exception {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> directory.createStaff(new StaffAccount("amr.worker", "王芳", "", null, null, null,
                        Set.of(AppRoles.CASE_WORKER), Set.of(), "demo")));
        assertThat(refused.fieldErrors()).containsOnlyKeys("username", "displayNameEn", "departmentCodes");

        String username = newUsername();
        StaffMember opened = directory.createStaff(new StaffAccount(username, "周敏", "Zhou Min", "13800138000",
                null, Translations.ENGLISH, Set.of(AppRoles.FRONT_DESK, AppRoles.FOLLOW_UP), Set.of("HALL"), "demo"));
        assertThat(opened.displayName(Translations.ENGLISH)).isEqualTo("Zhou Min");
        assertThat(opened.mobile()).isEqualTo("13800138000");
        assertThat(opened.roles()).containsExactlyInAnyOrder(AppRoles.FRONT_DESK, AppRoles.FOLLOW_UP);
        // The weak, shared password is kept and needs no change before work: the demo hall's way.
        assertThat(mvc.perform(get("/api/tasks/mine").with(httpBasic(username, "demo"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void editingChangesAllButTheUserNameAndIsLoggedBeforeAndAfter() {
        String username = newUsername();
        open(username, Set.of(AppRoles.CASE_WORKER), Set.of("AMR"));

        StaffMember edited = staff.as("admin", () -> accounts.edit(username, new StaffAccount("ignored", " 王芳芳 ",
                "Wang Fangfang", "", "", Translations.CHINESE, Set.of(AppRoles.CASE_WORKER, AppRoles.FRONT_DESK),
                Set.of("HRSS", "HALL"), null)));

        assertThat(edited.username()).isEqualTo(username);
        assertThat(edited.displayName()).isEqualTo("王芳芳");
        assertThat(edited.displayNameEn()).isEqualTo("Wang Fangfang");
        assertThat(edited.mobile()).isNull();
        assertThat(edited.email()).isNull();
        assertThat(edited.roles()).containsExactlyInAnyOrder(AppRoles.CASE_WORKER, AppRoles.FRONT_DESK);
        assertThat(edited.departmentCodes()).containsExactlyInAnyOrder("HRSS", "HALL");
        assertThat(directory.staff(username)).contains(edited);

        LoggedChange change = logged(username).get(0);
        assertThat(change.action()).isEqualTo(AdminAction.CHANGED);
        assertThat(change.before()).contains("name_zh: 王芳", "departments: AMR", "mobile: 13800138000");
        assertThat(change.after()).contains("name_zh: 王芳芳", "departments: HALL HRSS", "mobile: —");
    }

    @Test
    void theLastActiveAdministratorIsNeitherDeactivatedNorDemotedNorAnyoneThemselves() {
        // Rolled back: the demo hall keeps its one administrator for the other tests.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThatThrownBy(() -> staff.as("admin", () -> accounts.deactivate("admin")))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("You cannot deactivate your own account; another administrator can.");

            String second = newUsername();
            open(second, Set.of(AppRoles.ADMIN), Set.of());
            StaffDeactivation first = staff.as(second, () -> accounts.deactivate("admin"));
            assertThat(first.member().active()).isFalse();

            assertThatThrownBy(() -> staff.as(second, () -> accounts.edit(second, new StaffAccount(second, "王芳",
                    "Wang Fang", null, null, null, Set.of(AppRoles.MANAGER), Set.of(), null))))
                    .isInstanceOf(BusinessRuleException.class).hasMessage(second
                            + " is the last active administrator and keeps the administrator role; give it to another"
                            + " account first.");
            // Signed in still (the session is older than the deactivation), the first one cannot leave none.
            assertThatThrownBy(() -> staff.as("admin", () -> accounts.deactivate(second)))
                    .isInstanceOf(BusinessRuleException.class).hasMessage(second
                            + " is the last active administrator and cannot be deactivated; give another account the"
                            + " administrator role first.");
            assertThat(directory.staff(second).orElseThrow().active()).isTrue();
            status.setRollbackOnly();
        });
        assertThat(directory.staff("admin").orElseThrow().active()).isTrue();
    }

    @Test
    void aDeactivatedAccountCannotSignInUntilReactivated() throws Exception {
        String username = newUsername();
        open(username, Set.of(AppRoles.FRONT_DESK), Set.of("HALL"));
        signIn(username, PASSWORD).andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                .isNotEqualTo("/login?error"));

        StaffDeactivation done = staff.as("admin", () -> accounts.deactivate(username));
        assertThat(done.member().active()).isFalse();
        assertThat(done.notes()).isEmpty();
        signIn(username, PASSWORD).andExpect(redirectedUrl("/login?error")).andExpect(
                request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(DisabledException.class)));
        // Without the right password nobody learns that the account exists and is deactivated.
        signIn(username, "not the password at all").andExpect(request()
                .sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, instanceOf(BadCredentialsException.class)));
        assertThatThrownBy(() -> staff.as("admin", () -> accounts.deactivate(username)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The account " + username + " is inactive already.");

        assertThat(staff.as("admin", () -> accounts.reactivate(username)).active()).isTrue();
        signIn(username, PASSWORD).andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                .isNotEqualTo("/login?error"));
        staff.run("admin", () -> accounts.setTemporaryPassword(username, "Another lotus pond 8"));
        assertThat(logged(username)).extracting(LoggedChange::action).containsExactly(AdminAction.PASSWORD_SET,
                AdminAction.REACTIVATED, AdminAction.DEACTIVATED, AdminAction.CREATED);
        assertThat(logged(username).get(2).after()).contains("active: false");
    }

    @Test
    void aDeactivatedWorkersClaimedStepGoesBackToTheDepartmentsQueue() {
        String worker = newUsername();
        open(worker, Set.of(AppRoles.CASE_WORKER), Set.of("HRSS"));
        String caseNumber = journeys.socialSecurityCardAwaitingReview();
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        PageRequest page = new PageRequest(0, 5);
        String review = staff.as(worker, () -> {
            String taskId = inbox.departmentQueue(filter, page).get(0).taskId();
            work.claim(taskId);
            return taskId;
        });
        assertThat(staff.as(worker, () -> inbox.myTasks(filter, page))).extracting(InboxTask::taskId)
                .containsExactly(review);

        StaffDeactivation done = staff.as("admin", () -> accounts.deactivate(worker));

        assertThat(done.notes())
                .containsExactly("1 step claimed by " + worker + " went back to its department's queue.");
        assertThat(staff.as("hrss.worker", () -> inbox.departmentQueue(filter, page))).singleElement()
                .satisfies(task -> {
                    assertThat(task.taskId()).isEqualTo(review);
                    assertThat(task.assignee()).isNull();
                });
        assertThat(staff.as("manager", () -> caseFiles.caseFile(caseNumber).events()))
                .anySatisfy(event -> {
                    assertThat(event.kind()).isEqualTo(CaseEvent.Kind.REASSIGNED);
                    assertThat(event.actor()).isEqualTo("admin");
                    assertThat(event.detail()).isEqualTo(
                            "Returned to the department's queue: the account of " + worker + " was deactivated.");
                });
        // A colleague takes it over.
        staff.run("hrss.worker", () -> work.claim(review));
    }

    @Test
    void deactivatingADepartmentsOnlyHeadSaysSoToTheAdministrator() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            StaffDeactivation done = staff.as("admin", () -> accounts.deactivate("hrss.head"));
            assertThat(done.notes()).contains("Human Resources and Social Security Bureau has no other active"
                    + " department head now: nobody is told of its overdue steps until you give someone the"
                    + " department head role there.");
            assertThat(directory.membersOf("HRSS")).extracting(StaffMember::username).doesNotContain("hrss.head");
            status.setRollbackOnly();
        });
    }

    @Test
    void onlyAdministratorsKeepStaffAccounts() {
        for (String notAdmin : List.of("manager", "frontdesk", "hrss.head")) {
            assertThatThrownBy(() -> staff.as(notAdmin, () -> accounts.count(StaffFilter.all())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.as(notAdmin, () -> accounts.deactivate("amr.worker")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(directory.staff("amr.worker").orElseThrow().active()).isTrue();
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    // An address of its own: the sign-in limit of other tests' addresses plays no part.
                    request.setRemoteAddr("10.17." + ThreadLocalRandom.current().nextInt(256) + "."
                            + ThreadLocalRandom.current().nextInt(1, 255));
                    return request;
                }));
    }

}
