package org.onewindow.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.NewStaffMember;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.TableRow;

/** The staff file's rules, row by row, as halls write their lists: both semicolons, role names, either language. */
class StaffRowsTest {

    private final StaffRows rows = new StaffRows(new PasswordPolicy());
    private final List<ImportProblem> problems = new ArrayList<>();

    private static TableRow row(int number, String username, String departments, String roles, String language,
            String password) {
        Map<String, String> values = new HashMap<>();
        values.put("username", username);
        values.put("nameZh", "李娜");
        values.put("departments", departments);
        values.put("roles", roles);
        values.put("language", language);
        values.put("password", password);
        return new TableRow("staff.csv", number, values, Map.of());
    }

    private List<StaffRow> check(TableRow... lines) {
        return rows.check(List.of(lines), Map.of("AMR", true, "FIRE", false), Set.of("TAX"), Set.of("admin"),
                problems);
    }

    @Test
    void listsTakeEitherSemicolonAndRolesTheirNamesInEitherLanguage() {
        List<StaffRow> valid = check(row(2, "li.na", "amr；TAX、 AMR", "部门负责人; case worker;ADMIN", "English",
                "Kv8#harbour-lantern"));

        assertThat(problems).isEmpty();
        StaffRow li = valid.get(0);
        assertThat(li.departmentCodes()).containsExactly("AMR", "TAX");
        assertThat(li.roles()).containsExactly(AppRoles.DEPT_HEAD, AppRoles.CASE_WORKER, AppRoles.ADMIN);
        assertThat(li.language()).isEqualTo(Translations.ENGLISH);
        assertThat(li.passwordGenerated()).isFalse();
        NewStaffMember command = StaffRowCommand.toCommand(li);
        assertThat(command.displayName()).isEqualTo("李娜");
        assertThat(command.password()).isEqualTo("Kv8#harbour-lantern");
        assertThat(command.email()).as("no e-mail given").isNull();
    }

    @Test
    void anEmptyPasswordIsGeneratedWithinThePolicy() {
        StaffRow generated = check(row(2, "wang", "", "FRONT_DESK", "", "")).get(0);

        assertThat(generated.passwordGenerated()).isTrue();
        assertThat(new PasswordPolicy().check("wang", generated.password())).isEmpty();
        assertThat(generated.language()).isEqualTo(Translations.CHINESE);
    }

    @Test
    void eachRuleNamesItsColumn() {
        check(row(2, "Admin", "FIRE", "FRONT_DESK", "", ""), row(3, "x", "", "", "", "short"),
                row(4, "bad name", "", "FRONT_DESK", "fr", "wang-secret-pass"));

        assertThat(problems).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "username",
                                "There is already a staff account Admin; choose another user name."),
                        org.assertj.core.groups.Tuple.tuple(2, "departments",
                                "The department FIRE is inactive and takes no staff; reactivate it first."),
                        org.assertj.core.groups.Tuple.tuple(3, "username",
                                "A user name has 2 to 64 letters, digits and . _ -, starting with a letter or digit."),
                        org.assertj.core.groups.Tuple.tuple(3, "roles", "Give at least one role."),
                        org.assertj.core.groups.Tuple.tuple(3, "password",
                                "The password must be at least 12 characters long."),
                        org.assertj.core.groups.Tuple.tuple(4, "username",
                                "A user name has 2 to 64 letters, digits and . _ -, starting with a letter or digit."),
                        org.assertj.core.groups.Tuple.tuple(4, "language",
                                "Write zh (Chinese) or en (English), or leave it empty for Chinese."));
    }
}
