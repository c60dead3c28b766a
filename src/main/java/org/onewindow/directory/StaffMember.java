package org.onewindow.directory;

import java.util.Locale;
import java.util.Set;

import org.onewindow.shared.i18n.Translations;

/**
 * A staff account as other modules see it: who, which roles, which departments, and the language they last
 * chose on screen, in which they also get their e-mails.
 */
public record StaffMember(String username, String displayName, Set<String> roles, Set<String> departmentCodes,
        boolean active, String email, Locale language) {

    public StaffMember(String username, String displayName, Set<String> roles, Set<String> departmentCodes,
            boolean active) {
        this(username, displayName, roles, departmentCodes, active, null, Translations.CHINESE);
    }

    public StaffMember {
        roles = Set.copyOf(roles);
        departmentCodes = Set.copyOf(departmentCodes);
        language = Translations.supported(language == null ? Translations.CHINESE : language);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether this member holds at least one of {@code roles} (constants of {@code AppRoles}). */
    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (this.roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean belongsTo(String departmentCode) {
        return departmentCodes.contains(departmentCode);
    }
}
