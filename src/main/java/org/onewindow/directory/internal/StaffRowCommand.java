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

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffAccountField;
import org.onewindow.shared.spreadsheet.TableRow;

/**
 * The one place a staff row becomes the {@link StaffAccount} it opens, and where each of the account check's fields
 * is in the file, so that {@link StaffAccountValidator}'s refusals land on their columns.
 */
final class StaffRowCommand {

    /** The staff file's column of each field of an account. */
    static final Map<StaffAccountField, String> COLUMNS = columns();

    private StaffRowCommand() {
    }

    /**
     * The account of a row whose lists and words the file's own rules have read. An empty English name is the
     * Chinese one (the column is optional in the template; the staff screen edits it later).
     */
    static StaffAccount toAccount(TableRow row, Set<String> departmentCodes, Set<String> roles, Locale language,
            String password) {
        String nameEn = row.isEmpty(NAME_EN) ? row.get(NAME_ZH) : row.get(NAME_EN);
        return new StaffAccount(row.get(USERNAME), row.get(NAME_ZH), nameEn, row.get(MOBILE), row.get(EMAIL),
                language, Set.copyOf(roles), Set.copyOf(departmentCodes), password);
    }

    private static Map<StaffAccountField, String> columns() {
        Map<StaffAccountField, String> columns = new EnumMap<>(StaffAccountField.class);
        columns.put(StaffAccountField.USERNAME, USERNAME);
        columns.put(StaffAccountField.DISPLAY_NAME_ZH, NAME_ZH);
        columns.put(StaffAccountField.DISPLAY_NAME_EN, NAME_EN);
        columns.put(StaffAccountField.MOBILE, MOBILE);
        columns.put(StaffAccountField.EMAIL, EMAIL);
        columns.put(StaffAccountField.LANGUAGE, LANGUAGE);
        columns.put(StaffAccountField.ROLES, ROLES);
        columns.put(StaffAccountField.DEPARTMENT_CODES, DEPARTMENTS);
        columns.put(StaffAccountField.TEMPORARY_PASSWORD, PASSWORD);
        return Map.copyOf(columns);
    }
}
