package org.onewindow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.directory.DirectoryImport.GeneratedPassword;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A hall onboards its departments and staff from spreadsheets: every row checked first, all saved in one go with
 * an audit entry each, or nothing saved and every problem named by file, row and column.
 */
abstract class DirectoryImportScenarios {

    static final String DEPARTMENT_HEADER = "部门代码 / Department code,中文名称,English name,启用";
    static final String STAFF_HEADER = "用户名,中文姓名,英文姓名,所属部门,角色,电子邮箱,手机号码,语言,临时密码";
    static final String PASSWORD = "Kv8#harbour-lantern";

    @Autowired
    DirectoryImportService imports;
    @Autowired
    DirectoryService directory;
    @Autowired
    AdministrativeChanges auditLog;
    @Autowired
    Staff staff;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuthenticationProvider signIn;

    /** A suffix that keeps each test's codes and names apart in the shared database. */
    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private DirectoryImport importAsAdmin(ImportFile departments, ImportFile staffFile) {
        return staff.as("admin", () -> imports.importFiles(departments, staffFile));
    }

    private List<ImportProblem> refusal(ImportFile departments, ImportFile staffFile) {
        return catchThrowableOfType(ImportRejectedException.class, () -> importAsAdmin(departments, staffFile))
                .problems();
    }

    @Test
    void departmentsAndStaffImportedTogetherAreSavedAndAuditedWithTemporaryPasswords() {
        String id = unique();
        String tax = "TAX-" + id;
        String archive = "ARCH-" + id;
        String li = "li." + id.toLowerCase(Locale.ROOT);
        String wang = "wang." + id.toLowerCase(Locale.ROOT);
        ImportFile departments = ImportFiles.csv("departments.csv", DEPARTMENT_HEADER,
                tax + ",税务局,Tax Bureau,",
                archive + ",档案馆,Archives,否");
        ImportFile staffFile = ImportFiles.xlsx("staff.xlsx", STAFF_HEADER,
                li + ",李娜,Li Na," + tax + "；AMR,CASE_WORKER;部门负责人,li@example.gov.cn,13800138000,en," + PASSWORD,
                wang + ",王芳,,HALL,front desk,,,,");

        DirectoryImport imported = importAsAdmin(departments, staffFile);

        assertThat(imported.departments()).isEqualTo(2);
        assertThat(imported.staff()).isEqualTo(2);
        assertThat(directory.department(tax)).contains(new Department(tax, "税务局", "Tax Bureau", true));
        assertThat(directory.department(archive)).contains(new Department(archive, "档案馆", "Archives", false));
        StaffMember liNa = directory.staff(li).orElseThrow();
        assertThat(liNa.displayName()).isEqualTo("李娜");
        assertThat(liNa.displayNameEn()).isEqualTo("Li Na");
        assertThat(liNa.mobile()).isEqualTo("13800138000");
        assertThat(liNa.roles()).containsExactlyInAnyOrder(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD);
        assertThat(liNa.departmentCodes()).containsExactlyInAnyOrder(tax, "AMR");
        assertThat(liNa.email()).isEqualTo("li@example.gov.cn");
        assertThat(liNa.language()).isEqualTo(Translations.ENGLISH);
        assertThat(directory.staff(wang).orElseThrow().roles()).containsExactly(AppRoles.FRONT_DESK);
        assertThat(directory.staff(wang).orElseThrow().language()).isEqualTo(Translations.CHINESE);
        assertThat(directory.staff(wang).orElseThrow().displayNameEn()).as("no English name: the Chinese one")
                .isEqualTo("王芳");
        assertThat(directory.staff(wang).orElseThrow().mobile()).isNull();

        // The given password and the generated one both sign in, and both must be changed first.
        UserDetails liAccount = staff.details(li);
        assertThat(passwordEncoder.matches(PASSWORD, liAccount.getPassword())).isTrue();
        assertThat(liAccount.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(PasswordChangeRequired.AUTHORITY);
        assertThat(imported.generatedPasswords()).extracting(GeneratedPassword::username).containsExactly(wang);
        String generated = imported.generatedPasswords().get(0).password();
        UserDetails wangAccount = staff.details(wang);
        assertThat(passwordEncoder.matches(generated, wangAccount.getPassword())).isTrue();
        assertThat(wangAccount.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(PasswordChangeRequired.AUTHORITY);
        // Through the real sign-in: the cheaper hash of a generated password is BCrypt still.
        Authentication signedIn = signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(wang, generated));
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(PasswordChangeRequired.AUTHORITY);
        assertThatThrownBy(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(wang, generated + "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(new String(imported.generatedPasswordsCsv(), StandardCharsets.UTF_8))
                .contains(wang + "," + generated);

        List<LoggedChange> departmentEntries = staff.as("admin", () -> auditLog
                .search(new AuditFilter(AdminArea.DEPARTMENTS, "admin", id, null, null), new PageRequest(0, 10)));
        assertThat(departmentEntries).extracting(LoggedChange::subject, LoggedChange::action)
                .containsExactlyInAnyOrder(tuple(tax, AdminAction.IMPORTED), tuple(archive, AdminAction.IMPORTED));
        List<LoggedChange> accountEntries = staff.as("admin", () -> auditLog
                .search(new AuditFilter(AdminArea.ACCOUNTS, "admin", id, null, null), new PageRequest(0, 10)));
        assertThat(accountEntries).extracting(LoggedChange::subject).containsExactlyInAnyOrder(li, wang);
        assertThat(accountEntries).allSatisfy(entry -> assertThat(entry.after()).doesNotContain(PASSWORD, generated));
    }

    @Test
    void oneBadRowAnywhereSavesNothingAndEveryProblemIsNamedByRowAndColumn() {
        String id = unique();
        String good = "GOOD-" + id;
        String user = "zhao." + id.toLowerCase(Locale.ROOT);
        ImportFile departments = ImportFiles.xlsx("departments.xlsx", DEPARTMENT_HEADER,
                good + ",好部门,Good Bureau,是",
                good + ",重复部门,Twice,是",
                "AMR,市场监督管理局,Market Regulation Bureau,");
        ImportFile staffFile = ImportFiles.csv("staff.csv", STAFF_HEADER,
                user + ",赵六,,NOWHERE-" + id + ",CASE_WORKER,,,,",
                user.toUpperCase(Locale.ROOT) + ",赵六,,AMR,CASE_WORKER,,,,",
                "qian." + id.toLowerCase(Locale.ROOT) + ",钱七,,,JANITOR,,,,",
                "sun." + id.toLowerCase(Locale.ROOT) + ",孙八,,AMR,CASE_WORKER,,,,password1234",
                "zhou." + id.toLowerCase(Locale.ROOT) + ",,,AMR,CASE_WORKER,not-an-address,12345,fr,");

        List<ImportProblem> problems = refusal(departments, staffFile);

        assertThat(problems).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        tuple("departments.xlsx", 3, "部门代码 / Department code"),
                        tuple("departments.xlsx", 4, "部门代码 / Department code"),
                        tuple("staff.csv", 2, "所属部门"),
                        tuple("staff.csv", 3, "用户名"),
                        tuple("staff.csv", 4, "角色"),
                        tuple("staff.csv", 5, "临时密码"),
                        tuple("staff.csv", 6, "中文姓名"),
                        tuple("staff.csv", 6, "电子邮箱"),
                        tuple("staff.csv", 6, "手机号码"),
                        tuple("staff.csv", 6, "语言"));
        assertThat(problems).extracting(ImportProblem::message).containsSubsequence(
                "The code " + good + " is already used in row 2 of this file.",
                "There is already a department with the code AMR; choose another code.",
                "There is no department with the code NOWHERE-" + id + ".",
                "The user name " + user.toUpperCase(Locale.ROOT) + " is already used in row 2 of this file.",
                "There is no role JANITOR; the roles are FRONT_DESK, CASE_WORKER, DEPT_HEAD, FOLLOW_UP, MANAGER, "
                        + "ADMIN, CATALOG_EDITOR or their names.",
                "This password is among the most common ones and is easily guessed; choose another.");
        assertThat(directory.department(good)).as("the valid department row is not saved either").isEmpty();
        assertThat(directory.staff(user)).isEmpty();
        assertThat(staff.as("admin", () -> auditLog.count(new AuditFilter(null, null, id, null, null)))).isZero();
    }

    @Test
    void aStaffFileAloneNamesDepartmentsOfTheHallAndAMissingColumnIsReportedOnTheHeader() {
        String id = unique();
        ImportFile noRoles = ImportFiles.csv("staff.csv", "Username,Chinese name,Departments",
                "chen." + id.toLowerCase(Locale.ROOT) + ",陈九,AMR");

        assertThat(refusal(null, noRoles)).containsExactly(new ImportProblem("staff.csv", 1, "角色 / Roles",
                "The column 角色 / Roles is missing; copy its header from the template into the first row."));

        ImportFile staffFile = ImportFiles.csv("staff.csv",
                "Username,Chinese name,Departments,Roles,Temporary password",
                "chen." + id.toLowerCase(Locale.ROOT) + ",陈九,amr,Case worker," + PASSWORD);
        assertThat(importAsAdmin(null, staffFile).staff()).isEqualTo(1);
        assertThat(directory.staff("chen." + id.toLowerCase(Locale.ROOT)).orElseThrow().departmentCodes())
                .containsExactly("AMR");
        assertThat(refusal(null, staffFile)).extracting(ImportProblem::message).containsExactly(
                "There is already an account named chen." + id.toLowerCase(Locale.ROOT)
                        + "; choose another user name.");
    }

    @Test
    void checkingSavesNothing() {
        String id = unique();
        String code = "CHK-" + id;
        DirectoryImport checked = staff.as("admin", () -> imports.check(
                ImportFiles.csv("d.csv", DEPARTMENT_HEADER, code + ",检查局,Check Bureau,"),
                ImportFiles.csv("s.csv", STAFF_HEADER, "check." + id.toLowerCase(Locale.ROOT) + ",检查,,"
                        + code + ",CASE_WORKER,,,,")));

        assertThat(checked.departments()).isEqualTo(1);
        assertThat(checked.staff()).isEqualTo(1);
        assertThat(checked.generatedPasswords()).isEmpty();
        assertThat(directory.department(code)).isEmpty();
    }

    @Test
    void onlyAdministratorsImportAndTheTemplatesReadBackAsValidFiles() {
        ImportFile departments = ImportFiles.csv("d.csv", DEPARTMENT_HEADER, "X-" + unique() + ",某局,Some Bureau,");
        assertThatThrownBy(() -> staff.as("frontdesk", () -> imports.importFiles(departments, null)))
                .isInstanceOf(AccessDeniedException.class);

        // The example rows check as they are (the staff example names AMR, a department of the demo hall).
        for (DirectoryImportService.SpreadsheetFormat format : DirectoryImportService.SpreadsheetFormat.values()) {
            DirectoryImport checked = staff.as("admin", () -> imports.check(null,
                    new ImportFile("staff" + format.extension(), imports.staffTemplate(format))));
            assertThat(checked.staff()).isEqualTo(1);
            List<ImportProblem> taken = catchThrowableOfType(ImportRejectedException.class,
                    () -> staff.as("admin", () -> imports.check(new ImportFile("departments" + format.extension(),
                            imports.departmentTemplate(format)), null)))
                    .problems();
            assertThat(taken).extracting(ImportProblem::row, ImportProblem::message).containsExactly(
                    tuple(2, "There is already a department with the code AMR; choose another code."));
        }
    }
}
