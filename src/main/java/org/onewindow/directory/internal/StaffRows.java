package org.onewindow.directory.internal;

import static org.onewindow.directory.internal.DirectoryTemplates.DEPARTMENTS;
import static org.onewindow.directory.internal.DirectoryTemplates.LANGUAGE;
import static org.onewindow.directory.internal.DirectoryTemplates.NAME_EN;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.onewindow.directory.Department;
import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffAccountField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.TableRow;
import org.onewindow.shared.spreadsheet.TemplateColumn;
import org.springframework.stereotype.Component;

/**
 * Checks the rows of a staff file, every row and column, with no query per row. The account rules are
 * {@link StaffAccountValidator}'s, the same as the staff screen's; this class adds only what a file has: user names
 * given twice in the file (regardless of case), departments of the departments file imported with it, {@code ;}
 * lists, roles by their Chinese or English name, language words, and the temporary password generated when empty.
 */
@Component
class StaffRows {

    /** Both the ASCII and the full-width semicolon (Chinese input methods type the latter), and the 、. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、]");

    private final StaffAccountValidator validator;
    private final PasswordPolicy policy;
    /** The staff file's column keys in the template's order, the order of a row's problems. */
    private final List<String> columnOrder = DirectoryTemplates.staff().columns().stream().map(TemplateColumn::key)
            .toList();

    StaffRows(StaffAccountValidator validator, PasswordPolicy policy) {
        this.validator = validator;
        this.policy = policy;
    }

    /**
     * The valid rows; the problems of the others are added to {@code problems}, per row in the template's column
     * order.
     *
     * @param departments finds a department of the departments file or of the hall, without a query
     * @param takenUsernames the user names in the database, lower-cased
     */
    List<StaffRow> check(List<TableRow> rows, Function<String, Optional<Department>> departments,
            Set<String> takenUsernames, List<ImportProblem> problems) {
        Map<String, String> roles = roleNames();
        Map<String, Integer> firstRowOfName = new HashMap<>();
        Predicate<String> taken = username -> takenUsernames.contains(username.toLowerCase(Locale.ROOT));
        List<StaffRow> valid = new ArrayList<>();
        for (TableRow row : rows) {
            // The file's own problems first; the account check adds its own on the columns without one.
            Map<String, String> rowProblems = new HashMap<>();
            String username = row.get(USERNAME);
            if (!username.isEmpty()) {
                Integer first = firstRowOfName.putIfAbsent(username.toLowerCase(Locale.ROOT), row.row());
                if (first != null) {
                    rowProblems.put(USERNAME,
                            Translations.current("directory.import.error.usernameTwice", username, first));
                }
            }
            Set<String> codes = new LinkedHashSet<>();
            split(row.get(DEPARTMENTS)).forEach(code -> codes.add(code.toUpperCase(Locale.ROOT)));
            Set<String> roleCodes = new LinkedHashSet<>();
            for (String role : split(row.get(ROLES))) {
                String code = roles.get(normalised(role));
                if (code == null) {
                    rowProblems.putIfAbsent(ROLES, Translations.current("directory.import.error.roleUnknown", role,
                            String.join(", ", AppRoles.ALL)));
                } else {
                    roleCodes.add(code);
                }
            }
            Locale language = language(row.get(LANGUAGE));
            if (language == null) {
                rowProblems.put(LANGUAGE, Translations.current("directory.import.error.language"));
            }
            String password = row.get(PASSWORD);
            boolean generated = password.isEmpty();
            if (generated) {
                password = generatedPassword(username);
            }
            StaffAccount account = StaffRowCommand.toAccount(row, codes, roleCodes, language, password);
            try {
                validator.checkNew(account, taken, departments);
            } catch (InvalidInputException refused) {
                StaffRowCommand.COLUMNS.forEach((field, column) -> {
                    String message = refused.errorFor(field);
                    // An empty English name is the Chinese one: its refusal is the Chinese name's.
                    boolean fallbackName = field == StaffAccountField.DISPLAY_NAME_EN && row.isEmpty(NAME_EN);
                    if (message != null && !fallbackName) {
                        rowProblems.putIfAbsent(column, message);
                    }
                });
            }
            if (rowProblems.isEmpty()) {
                valid.add(new StaffRow(row.row(), account, generated));
            } else {
                columnOrder.stream().filter(rowProblems::containsKey)
                        .forEach(column -> problems.add(row.problem(column, rowProblems.get(column))));
            }
        }
        return valid;
    }

    /**
     * A generated temporary password: 16 characters of the setup code's alphabet (about 90 bits), which a person can
     * read off a sheet and type, and which the account check accepts.
     */
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
            names.put(normalised(Translations.text(Translations.CHINESE, "shared.role." + role)), role);
            names.put(normalised(Translations.text(Translations.ENGLISH, "shared.role." + role)), role);
        }
        return names;
    }

    private static String normalised(String value) {
        return value.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
