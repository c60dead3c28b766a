package org.onewindow.directory.internal;

import static org.onewindow.directory.internal.DirectoryTemplates.DEPARTMENTS;
import static org.onewindow.directory.internal.DirectoryTemplates.EMAIL;
import static org.onewindow.directory.internal.DirectoryTemplates.LANGUAGE;
import static org.onewindow.directory.internal.DirectoryTemplates.MOBILE;
import static org.onewindow.directory.internal.DirectoryTemplates.NAME_EN;
import static org.onewindow.directory.internal.DirectoryTemplates.NAME_ZH;
import static org.onewindow.directory.internal.DirectoryTemplates.PASSWORD;
import static org.onewindow.directory.internal.DirectoryTemplates.ROLES;
import static org.onewindow.directory.internal.DirectoryTemplates.USERNAME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onewindow.directory.PasswordChange;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.TableRow;
import org.springframework.stereotype.Component;

/**
 * Checks the rows of a staff file against what the database and the departments file hold, every row and column,
 * with no query per row: user name (format, unique in the file and the hall, regardless of case), names, departments
 * (known and active, or in the departments file), roles (by code or by their Chinese or English name), e-mail,
 * mobile, language, and the temporary password ({@link PasswordPolicy}), generated when empty.
 */
@Component
class StaffRows {

    /** Letters, digits and {@code . _ -}, starting with a letter or digit; the column holds 64 characters. */
    static final Pattern USERNAME_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_EMAIL_LENGTH = 200;
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A mainland mobile number, optionally with the country code. */
    private static final Pattern MOBILE_NUMBER = Pattern.compile("(\\+?86[ -]?)?1[3-9]\\d{9}");
    /** Both the ASCII and the full-width semicolon (Chinese input methods type the latter), and the 、. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、]");

    private final PasswordPolicy policy;

    StaffRows(PasswordPolicy policy) {
        this.policy = policy;
    }

    /**
     * The valid rows; the problems of the others are added to {@code problems}.
     *
     * @param departments the codes in the database, with whether each is active
     * @param newDepartments the codes of the departments file imported together
     * @param takenUsernames the user names in the database, lower-cased
     */
    List<StaffRow> check(List<TableRow> rows, Map<String, Boolean> departments, Set<String> newDepartments,
            Set<String> takenUsernames, List<ImportProblem> problems) {
        Map<String, String> roles = roleNames();
        Map<String, Integer> firstRowOfName = new HashMap<>();
        List<StaffRow> valid = new ArrayList<>();
        for (TableRow row : rows) {
            int before = problems.size();
            String username = row.get(USERNAME);
            if (username.isEmpty()) {
                problems.add(row.problem(USERNAME, Translations.current("directory.import.error.usernameMissing")));
            } else if (!USERNAME_PATTERN.matcher(username).matches()) {
                problems.add(row.problem(USERNAME, Translations.current("directory.import.error.usernamePattern")));
            } else if (takenUsernames.contains(username.toLowerCase(Locale.ROOT))) {
                problems.add(row.problem(USERNAME,
                        Translations.current("directory.import.error.usernameTaken", username)));
            } else {
                Integer first = firstRowOfName.putIfAbsent(username.toLowerCase(Locale.ROOT), row.row());
                if (first != null) {
                    problems.add(row.problem(USERNAME,
                            Translations.current("directory.import.error.usernameTwice", username, first)));
                }
            }
            name(row, NAME_ZH, true, problems);
            name(row, NAME_EN, false, problems);
            Set<String> codes = new LinkedHashSet<>();
            for (String code : split(row.get(DEPARTMENTS))) {
                String upper = code.toUpperCase(Locale.ROOT);
                Boolean active = departments.get(upper);
                if (newDepartments.contains(upper) || Boolean.TRUE.equals(active)) {
                    codes.add(upper);
                } else if (active != null) {
                    problems.add(row.problem(DEPARTMENTS,
                            Translations.current("directory.import.error.departmentInactive", upper)));
                } else {
                    problems.add(row.problem(DEPARTMENTS,
                            Translations.current("directory.import.error.departmentUnknown", code)));
                }
            }
            Set<String> roleCodes = new LinkedHashSet<>();
            List<String> roleCells = split(row.get(ROLES));
            if (roleCells.isEmpty()) {
                problems.add(row.problem(ROLES, Translations.current("directory.import.error.rolesMissing")));
            }
            for (String role : roleCells) {
                String code = roles.get(normalised(role));
                if (code == null) {
                    problems.add(row.problem(ROLES, Translations.current("directory.import.error.roleUnknown", role,
                            String.join(", ", AppRoles.ALL))));
                } else {
                    roleCodes.add(code);
                }
            }
            String email = row.get(EMAIL);
            if (!email.isEmpty()
                    && (email.length() > MAX_EMAIL_LENGTH || !EMAIL_ADDRESS.matcher(email).matches())) {
                problems.add(row.problem(EMAIL, Translations.current("directory.import.error.email")));
            }
            String mobile = row.get(MOBILE);
            if (!mobile.isEmpty() && !MOBILE_NUMBER.matcher(mobile).matches()) {
                problems.add(row.problem(MOBILE, Translations.current("directory.import.error.mobile")));
            }
            Locale language = language(row.get(LANGUAGE));
            if (language == null) {
                problems.add(row.problem(LANGUAGE, Translations.current("directory.import.error.language")));
            }
            String password = row.get(PASSWORD);
            boolean generated = password.isEmpty();
            if (generated) {
                password = generatedPassword(username);
            } else {
                policy.check(username, password).ifPresent(refusal -> problems.add(row.problem(PASSWORD,
                        Translations.current(refusal.messageKey(), PasswordChange.MIN_LENGTH,
                                PasswordChange.MAX_LENGTH))));
            }
            if (problems.size() == before) {
                valid.add(new StaffRow(row.row(), username, row.get(NAME_ZH), row.get(NAME_EN), codes, roleCodes,
                        email, mobile, language, password, generated));
            }
        }
        return valid;
    }

    private static void name(TableRow row, String key, boolean required, List<ImportProblem> problems) {
        String name = row.get(key);
        if (required && name.isEmpty()) {
            problems.add(row.problem(key, Translations.current("directory.import.error.nameMissing")));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(row.problem(key, Translations.current("directory.import.error.nameTooLong",
                    MAX_NAME_LENGTH)));
        }
    }

    /** A generated temporary password: the setup code's alphabet, which a person can read off a sheet and type. */
    private String generatedPassword(String username) {
        String password;
        do {
            password = FirstAdministrator.setupCode();
        } while (policy.check(username, password).isPresent());
        return password;
    }

    private static List<String> split(String cell) {
        return LIST_SEPARATOR.splitAsStream(cell).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** {@code zh}, {@code zh-CN}, {@code 中文}, {@code en}, {@code English}, {@code 英文}; empty is Chinese. */
    private static Locale language(String cell) {
        String value = cell.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("zh") || value.equals("zh-cn") || value.equals("中文")
                || value.equals("chinese")) {
            return Translations.CHINESE;
        }
        if (value.equals("en") || value.equals("english") || value.equals("英文") || value.equals("英语")) {
            return Translations.ENGLISH;
        }
        return null;
    }

    /** Each role by its code and by its name in both languages, compared regardless of case and spaces. */
    private static Map<String, String> roleNames() {
        Map<String, String> names = new HashMap<>();
        for (String role : AppRoles.ALL) {
            names.put(normalised(role), role);
            names.put(normalised(Translations.text(Translations.CHINESE, "directory.import.role." + role)), role);
            names.put(normalised(Translations.text(Translations.ENGLISH, "directory.import.role." + role)), role);
        }
        return names;
    }

    private static String normalised(String value) {
        return value.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
