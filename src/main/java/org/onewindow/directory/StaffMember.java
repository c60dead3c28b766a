package org.onewindow.directory;

import java.util.Set;

/** A staff account as other modules see it: who, which roles, which departments. */
public record StaffMember(String username, String displayName, Set<String> roles, Set<String> departmentCodes,
        boolean active, String email) {

    public StaffMember(String username, String displayName, Set<String> roles, Set<String> departmentCodes,
            boolean active) {
        this(username, displayName, roles, departmentCodes, active, null);
    }

    public StaffMember {
        roles = Set.copyOf(roles);
        departmentCodes = Set.copyOf(departmentCodes);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String departmentCode) {
        return departmentCodes.contains(departmentCode);
    }
}
