package org.onewindow.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.Department;
import org.onewindow.directory.StaffAccount;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.TableRow;

/** The staff file's rules, row by row, as halls write their lists: both semicolons, role names, either language. */
class StaffRowsTest {

    private final StaffRows rows = new StaffRows(new StaffAccountValidator(new PasswordPolicy()),
            new PasswordPolicy());
    /** AMR and FIRE (inactive) in the hall, TAX in the departments file. */
    private final Map<String, Department> departments = Map.of(
            "AMR", new Department("AMR", "市场监督管理局", "Market Regulation Bureau", true),
            "FIRE", new Department("FIRE", "消防大队", "Fire Brigade", false),
            "TAX", new Department("TAX", "税务局", "Tax Bureau", true));
    private final List<ImportProblem> problems = new ArrayList<>();

    private static TableRow row(int number, String username, String departments, String roles, String language,
            String password) {
        return row(number, username, departments, roles, language, password, Map.of());
    }

    private static TableRow row(int number, String username, String departments, String roles, String language,
            String password, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(more);
        values.put("username", username);
        values.put("nameZh", "李娜");
        values.put("departments", departments);
        values.put("roles", roles);
        values.put("language", language);
        values.put("password", password);
        return new TableRow("staff.csv", number, values, Map.of());
    }

    private List<StaffRow> check(TableRow... lines) {
        return rows.check(List.of(lines), code -> Optional.ofNullable(departments.get(code)), Set.of("admin"),
                problems);
    }

    @Test
    void listsTakeEitherSemicolonAndRolesTheirNamesInEitherLanguage() {
        List<StaffRow> valid = check(row(2, "li.na", "amr；TAX、 AMR", "部门负责人; case worker;ADMIN", "English",
                "Kv8#harbour-lantern"));

        assertThat(problems).isEmpty();
        StaffRow li = valid.get(0);
        StaffAccount account = li.account();
        assertThat(account.departmentCodes()).containsExactlyInAnyOrder("AMR", "TAX");
        assertThat(account.roles()).containsExactlyInAnyOrder(AppRoles.DEPT_HEAD, AppRoles.CASE_WORKER,
                AppRoles.ADMIN);
        assertThat(account.language()).isEqualTo(Translations.ENGLISH);
        assertThat(li.passwordGenerated()).isFalse();
        assertThat(account.displayNameZh()).isEqualTo("李娜");
        assertThat(account.displayNameEn()).as("no English name given: the Chinese one").isEqualTo("李娜");
        assertThat(account.temporaryPassword()).isEqualTo("Kv8#harbour-lantern");
        assertThat(account.email()).as("no e-mail given").isEmpty();
    }

    @Test
    void anEmptyPasswordIsGeneratedWithinThePolicy() {
        StaffRow generated = check(row(2, "wang", "", "FRONT_DESK", "", "")).get(0);

        assertThat(generated.passwordGenerated()).isTrue();
        assertThat(generated.account().temporaryPassword()).hasSize(16);
        assertThat(new PasswordPolicy().check("wang", generated.account().temporaryPassword())).isEmpty();
        assertThat(generated.account().language()).isEqualTo(Translations.CHINESE);
    }

    @Test
    void theEnglishNameAndTheMobileAreRead() {
        StaffRow chen = check(row(2, "chen.jiu", "AMR", "CASE_WORKER", "", "",
                Map.of("nameEn", "Chen Jiu", "mobile", "13800138000", "email", "chen@example.gov.cn"))).get(0);

        assertThat(problems).isEmpty();
        assertThat(chen.account().displayNameEn()).isEqualTo("Chen Jiu");
        assertThat(chen.account().mobile()).isEqualTo("13800138000");
        assertThat(chen.account().email()).isEqualTo("chen@example.gov.cn");
    }

    @Test
    void eachRuleOfTheAccountCheckNamesItsColumn() {
        check(row(2, "admin", "FIRE", "FRONT_DESK", "", ""), row(3, "x", "", "", "", "short"),
                row(4, "Bad.Name", "", "FRONT_DESK", "fr", "wang-secret-pass"),
                row(5, "zhou", "NOWHERE", "CASE_WORKER;JANITOR", "", "", Map.of("mobile", "12345",
                        "email", "not-an-address")),
                row(6, "wu", "", "CASE_WORKER", "", ""), row(7, "WU", "AMR", "FRONT_DESK", "", ""));

        assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        tuple(2, "username", "There is already an account named admin; choose another user name."),
                        tuple(2, "departments", "Fire Brigade is inactive; choose an active department."),
                        tuple(3, "username", "A user name has 2 to 64 characters."),
                        tuple(3, "roles", "Give the account at least one role."),
                        tuple(3, "password", "The password must be at least 12 characters long."),
                        tuple(4, "username", "A user name has only lower-case letters a–z, digits, dots, hyphens "
                                + "and underscores, and starts with a letter, e.g. wang.fang."),
                        tuple(4, "language", "Write zh (Chinese) or en (English), or leave it empty for Chinese."),
                        tuple(5, "departments", "There is no department with the code NOWHERE."),
                        tuple(5, "roles", "There is no role JANITOR; the roles are FRONT_DESK, CASE_WORKER, "
                                + "DEPT_HEAD, FOLLOW_UP, MANAGER, ADMIN, CATALOG_EDITOR or their names."),
                        tuple(5, "email", "This is not an e-mail address, e.g. wang.fang@example.gov.cn."),
                        tuple(5, "mobile", "A mobile number has 11 digits and starts with 13 to 19, e.g. 13800138000."),
                        tuple(6, "departments", "A case worker or department head works a department's queue: "
                                + "choose at least one department."),
                        tuple(7, "username", "The user name WU is already used in row 6 of this file."));
    }

    @Test
    void aUserNameTwiceInTheFileIsNamedWithItsFirstRow() {
        check(row(2, "wu", "AMR", "CASE_WORKER", "", ""), row(3, "wu", "AMR", "FRONT_DESK", "", ""));

        assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(tuple(3, "username", "The user name wu is already used in row 2 of this file."));
    }
}
