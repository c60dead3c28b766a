package org.onewindow.directory.internal;

import static org.onewindow.directory.StaffAccountField.DEPARTMENT_CODES;
import static org.onewindow.directory.StaffAccountField.DISPLAY_NAME_EN;
import static org.onewindow.directory.StaffAccountField.DISPLAY_NAME_ZH;
import static org.onewindow.directory.StaffAccountField.EMAIL;
import static org.onewindow.directory.StaffAccountField.LANGUAGE;
import static org.onewindow.directory.StaffAccountField.MOBILE;
import static org.onewindow.directory.StaffAccountField.ROLES;
import static org.onewindow.directory.StaffAccountField.TEMPORARY_PASSWORD;
import static org.onewindow.directory.StaffAccountField.USERNAME;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.onewindow.directory.Department;
import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffAccountField;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.MobileNumbers;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one check of what an administrator types for a staff account, when opening it and when editing it. Messages
 * are in the language of the person served; departments are named in it too.
 */
@Component
class StaffAccountValidator {

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PasswordPolicy passwords;

    StaffAccountValidator(PasswordPolicy passwords) {
        this.passwords = passwords;
    }

    /**
     * Checks a new account; {@code taken} says whether a user name exists, {@code departments} finds a department.
     *
     * @throws InvalidInputException by {@link StaffAccountField}
     */
    void checkNew(StaffAccount account, Predicate<String> taken, Function<String, Optional<Department>> departments) {
        checkNew(account, taken, departments, true);
    }

    /**
     * Checks an account a hall starts with (the demo hall, a test's): as {@link #checkNew}, except that its password
     * is not held to the policy, since it is known to all (the demo hall's "demo") and kept as it is.
     *
     * @throws InvalidInputException by {@link StaffAccountField}
     */
    void checkPreset(StaffAccount account, Predicate<String> taken,
            Function<String, Optional<Department>> departments) {
        checkNew(account, taken, departments, false);
    }

    private void checkNew(StaffAccount account, Predicate<String> taken,
            Function<String, Optional<Department>> departments, boolean policy) {
        Map<StaffAccountField, String> errors = new EnumMap<>(StaffAccountField.class);
        String username = trimmed(account.username());
        if (username.isEmpty()) {
            errors.put(USERNAME, Translations.current("directory.staff.error.username.missing"));
        } else if (username.length() < StaffAccount.MIN_USERNAME_LENGTH
                || username.length() > StaffAccount.MAX_USERNAME_LENGTH) {
            errors.put(USERNAME, Translations.current("directory.staff.error.username.length",
                    StaffAccount.MIN_USERNAME_LENGTH, StaffAccount.MAX_USERNAME_LENGTH));
        } else if (!username.matches(StaffAccount.USERNAME_PATTERN)) {
            errors.put(USERNAME, Translations.current("directory.staff.error.username.pattern"));
        } else if (taken.test(username)) {
            errors.put(USERNAME, Translations.current("directory.staff.error.username.taken", username));
        }
        checkDetails(account, departments, Set.of(), errors);
        String password = account.temporaryPassword();
        if (password == null || password.isBlank()) {
            errors.put(TEMPORARY_PASSWORD, Translations.current("directory.staff.error.password.missing"));
        } else if (policy) {
            passwords.check(username, password).ifPresent(refusal -> errors.put(TEMPORARY_PASSWORD,
                    Translations.current(refusal.messageKey(), PasswordChange.MIN_LENGTH, PasswordChange.MAX_LENGTH)));
        }
        refuseIfAny(errors);
    }

    /**
     * Checks an edited account; the departments it {@code had} may stay even when inactive meanwhile.
     *
     * @throws InvalidInputException by {@link StaffAccountField}
     */
    void checkEdit(StaffAccount account, Function<String, Optional<Department>> departments, Set<String> had) {
        Map<StaffAccountField, String> errors = new EnumMap<>(StaffAccountField.class);
        checkDetails(account, departments, had, errors);
        refuseIfAny(errors);
    }

    private static void checkDetails(StaffAccount account, Function<String, Optional<Department>> departments,
            Set<String> had, Map<StaffAccountField, String> errors) {
        checkName(DISPLAY_NAME_ZH, account.displayNameZh(), "directory.staff.error.nameZh.missing", errors);
        checkName(DISPLAY_NAME_EN, account.displayNameEn(), "directory.staff.error.nameEn.missing", errors);
        String mobile = trimmed(account.mobile());
        if (!mobile.isEmpty() && !MobileNumbers.isMainlandMobile(mobile)) {
            errors.put(MOBILE, Translations.current("directory.staff.error.mobile.format"));
        }
        String email = trimmed(account.email());
        if (!email.isEmpty()
                && (email.length() > StaffAccount.MAX_EMAIL_LENGTH || !EMAIL_ADDRESS.matcher(email).matches())) {
            errors.put(EMAIL, Translations.current("directory.staff.error.email.format"));
        }
        if (account.language() != null && !Translations.LOCALES.contains(account.language())) {
            errors.put(LANGUAGE, Translations.current("directory.staff.error.language"));
        }
        Set<String> roles = orEmpty(account.roles());
        if (roles.isEmpty()) {
            errors.put(ROLES, Translations.current("directory.staff.error.roles.missing"));
        } else {
            roles.stream().filter(role -> !AppRoles.ALL.contains(role)).sorted().findFirst().ifPresent(
                    unknown -> errors.put(ROLES, Translations.current("directory.staff.error.roles.unknown", unknown)));
        }
        Set<String> codes = orEmpty(account.departmentCodes());
        for (String code : codes.stream().sorted().toList()) {
            Optional<Department> department = departments.apply(code);
            if (department.isEmpty()) {
                errors.put(DEPARTMENT_CODES, Translations.current("directory.staff.error.department.unknown", code));
                break;
            }
            if (!department.get().active() && !had.contains(code)) {
                errors.put(DEPARTMENT_CODES, Translations.current("directory.staff.error.department.inactive",
                        department.get().name(readerLocale())));
                break;
            }
        }
        if (codes.isEmpty() && roles.stream().anyMatch(StaffAccount.ROLES_WITH_DEPARTMENT::contains)) {
            errors.put(DEPARTMENT_CODES, Translations.current("directory.staff.error.department.missing"));
        }
    }

    private static void checkName(StaffAccountField field, String name, String missingKey,
            Map<StaffAccountField, String> errors) {
        String trimmed = trimmed(name);
        if (trimmed.isEmpty()) {
            errors.put(field, Translations.current(missingKey));
        } else if (trimmed.length() > StaffAccount.MAX_NAME_LENGTH) {
            errors.put(field, Translations.current("directory.staff.error.name.tooLong", StaffAccount.MAX_NAME_LENGTH));
        }
    }

    private static void refuseIfAny(Map<StaffAccountField, String> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /** The language of {@code Translations.current}, for the department's name inside its message. */
    private static java.util.Locale readerLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null ? Translations.ENGLISH : context.getLocale();
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Collections.emptySet() : values;
    }

    static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
