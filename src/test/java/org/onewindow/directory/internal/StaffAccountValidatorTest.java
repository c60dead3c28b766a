package org.onewindow.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.Department;
import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffAccountField;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/** Each thing an administrator may get wrong in a staff account has its own message, on its own field. */
class StaffAccountValidatorTest {

    private static final Map<String, Department> DEPARTMENTS = Map.of(
            "AMR", new Department("AMR", "市场监督管理局", "Market Regulation Bureau", true),
            "FIRE", new Department("FIRE", "消防救援大队", "Fire and Rescue Brigade", false));
    private static final Function<String, Optional<Department>> FIND = code -> Optional
            .ofNullable(DEPARTMENTS.get(code));

    private final StaffAccountValidator validator = new StaffAccountValidator(new PasswordPolicy());

    private static StaffAccount account(String username, Set<String> roles, Set<String> departments,
            String password) {
        return new StaffAccount(username, "王芳", "Wang Fang", "13800138000", "wang.fang@example.gov.cn",
                Translations.CHINESE, roles, departments, password);
    }

    private static StaffAccount valid() {
        return account("wang.fang", Set.of(AppRoles.CASE_WORKER), Set.of("AMR"), "Lotus pond at dawn 7");
    }

    private InvalidInputException refusedNew(StaffAccount account, String... taken) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> validator.checkNew(account, Set.of(taken)::contains, FIND));
    }

    @Test
    void acceptsAWellFilledAccount() {
        assertThatCode(() -> validator.checkNew(valid(), name -> false, FIND)).doesNotThrowAnyException();
        // Mobile and e-mail are optional; administrators and front desks may belong to no department.
        assertThatCode(() -> validator.checkNew(new StaffAccount("gao.admin", "高", "Gao", " ", null, null,
                Set.of(AppRoles.ADMIN), Set.of(), "Lotus pond at dawn 7"), name -> false, FIND))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingMalformedOrTakenUserName() {
        assertThat(refusedNew(account(" ", Set.of(AppRoles.ADMIN), Set.of(), "Lotus pond at dawn 7"))
                .errorFor(StaffAccountField.USERNAME)).isEqualTo("Give the account a user name.");
        assertThat(refusedNew(account("w", Set.of(AppRoles.ADMIN), Set.of(), "Lotus pond at dawn 7"))
                .errorFor(StaffAccountField.USERNAME)).isEqualTo("A user name has 2 to 64 characters.");
        assertThat(refusedNew(account("Wang Fang", Set.of(AppRoles.ADMIN), Set.of(), "Lotus pond at dawn 7"))
                .errorFor(StaffAccountField.USERNAME)).startsWith("A user name has only lower-case letters");
        assertThat(refusedNew(valid(), "wang.fang").errorFor(StaffAccountField.USERNAME))
                .isEqualTo("There is already an account named wang.fang; choose another user name.");
    }

    @Test
    void refusesMissingOrTooLongNamesAndMalformedContacts() {
        InvalidInputException refused = refusedNew(new StaffAccount("wang.fang", "", "x".repeat(101), "1380013800",
                "wang.fang@", Translations.CHINESE, Set.of(AppRoles.ADMIN), Set.of(), "Lotus pond at dawn 7"));
        assertThat(refused.fieldErrors()).containsOnlyKeys("displayNameZh", "displayNameEn", "mobile", "email");
        assertThat(refused.errorFor(StaffAccountField.DISPLAY_NAME_ZH)).isEqualTo("Give the person's name in Chinese.");
        assertThat(refused.errorFor(StaffAccountField.DISPLAY_NAME_EN))
                .isEqualTo("The name is too long (at most 100 characters).");
        assertThat(refused.errorFor(StaffAccountField.MOBILE))
                .isEqualTo("A mobile number has 11 digits and starts with 13 to 19, e.g. 13800138000.");
        assertThat(refused.errorFor(StaffAccountField.EMAIL))
                .isEqualTo("This is not an e-mail address, e.g. wang.fang@example.gov.cn.");
        assertThat(refusedNew(new StaffAccount("wang.fang", "王芳", " ", null, null, Translations.CHINESE,
                Set.of(AppRoles.ADMIN), Set.of(), "Lotus pond at dawn 7")).errorFor(StaffAccountField.DISPLAY_NAME_EN))
                .isEqualTo("Give the person's name in English (pinyin will do).");
    }

    @Test
    void refusesNoRoleAnUnknownOneAndAnUnsupportedLanguage() {
        assertThat(refusedNew(account("wang.fang", Set.of(), Set.of("AMR"), "Lotus pond at dawn 7"))
                .errorFor(StaffAccountField.ROLES)).isEqualTo("Give the account at least one role.");
        assertThat(refusedNew(account("wang.fang", Set.of("ROOT"), Set.of("AMR"), "Lotus pond at dawn 7"))
                .errorFor(StaffAccountField.ROLES)).isEqualTo("There is no role ROOT.");
        assertThat(refusedNew(new StaffAccount("wang.fang", "王芳", "Wang Fang", null, null, Locale.FRENCH,
                Set.of(AppRoles.ADMIN), Set.of(), "Lotus pond at dawn 7")).errorFor(StaffAccountField.LANGUAGE))
                .isEqualTo("Choose Chinese or English.");
    }

    @Test
    void refusesAnUnknownOrInactiveDepartmentAndNoneForAQueueRole() {
        assertThat(
                refusedNew(account("wang.fang", Set.of(AppRoles.CASE_WORKER), Set.of("NOPE"), "Lotus pond at dawn 7"))
                        .errorFor(StaffAccountField.DEPARTMENT_CODES))
                .isEqualTo("There is no department with the code NOPE.");
        assertThat(
                refusedNew(account("wang.fang", Set.of(AppRoles.CASE_WORKER), Set.of("FIRE"), "Lotus pond at dawn 7"))
                        .errorFor(StaffAccountField.DEPARTMENT_CODES))
                .isEqualTo("Fire and Rescue Brigade is inactive; choose an active department.");
        assertThat(refusedNew(account("wang.fang", Set.of(AppRoles.DEPT_HEAD), Set.of(), "Lotus pond at dawn 7"))
                .errorFor(StaffAccountField.DEPARTMENT_CODES)).isEqualTo(
                        "A case worker or department head works a department's queue: choose at least one department.");
        // An edit may keep a department that was deactivated meanwhile, but not add one.
        StaffAccount keepsFire = account("wang.fang", Set.of(AppRoles.CASE_WORKER), Set.of("FIRE"), null);
        assertThatCode(() -> validator.checkEdit(keepsFire, FIND, Set.of("FIRE"))).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> validator.checkEdit(keepsFire, FIND, Set.of("AMR"))).fieldErrors())
                .containsOnlyKeys("departmentCodes");
    }

    @Test
    void refusesAMissingOrWeakTemporaryPasswordButAnEditNeedsNone() {
        assertThat(refusedNew(account("wang.fang", Set.of(AppRoles.ADMIN), Set.of(), " "))
                .errorFor(StaffAccountField.TEMPORARY_PASSWORD)).isEqualTo("Type a temporary password.");
        assertThat(refusedNew(account("wang.fang", Set.of(AppRoles.ADMIN), Set.of(), "short"))
                .errorFor(StaffAccountField.TEMPORARY_PASSWORD))
                .isEqualTo("The password must be at least 12 characters long.");
        assertThat(refusedNew(account("wang.fang", Set.of(AppRoles.ADMIN), Set.of(), "wang.fang-2026-temp"))
                .errorFor(StaffAccountField.TEMPORARY_PASSWORD))
                .isEqualTo("The password must not contain the user name.");
        assertThatCode(() -> validator.checkEdit(account("wang.fang", Set.of(AppRoles.ADMIN), Set.of(), null), FIND,
                Set.of())).doesNotThrowAnyException();
    }
}
