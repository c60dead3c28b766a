package org.onewindow.directory;

import java.util.Set;

/** What it takes to open a staff account. The password is given in clear and stored as a BCrypt hash. */
public record NewStaffMember(String username, String displayName, String password, Set<String> roles,
        Set<String> departmentCodes, String email) {

    public NewStaffMember(String username, String displayName, String password, Set<String> roles,
            Set<String> departmentCodes) {
        this(username, displayName, password, roles, departmentCodes, null);
    }
}
