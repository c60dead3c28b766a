package org.onewindow.directory;

/**
 * What the administrators' staff list shows: a text found in the user name or either display name, a department
 * code, a role and whether the account is active; {@code null} (or blank) for any.
 */
public record StaffFilter(String text, String departmentCode, String role, Boolean active) {

    public static StaffFilter all() {
        return new StaffFilter(null, null, null, null);
    }
}
