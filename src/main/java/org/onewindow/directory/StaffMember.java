package org.onewindow.directory;

import java.util.Locale;
import java.util.Set;

import org.onewindow.shared.i18n.Translations;

/**
 * A staff account as other modules see it: who, which roles, which departments, and the language they last
 * chose on screen, in which they also get their e-mails. The display name is kept in Chinese
 * ({@link #displayName()}, never missing) and English ({@link #displayNameEn()}); {@link #displayName(Locale)} picks
 * the reader's. The mobile number is optional.
 */
public record StaffMember(String username, String displayName, Set<String> roles, Set<String> departmentCodes,
        boolean active, String email, Locale language, String displayNameEn, String mobile) {

    public StaffMember(String username, String displayName, Set<String> roles, Set<String> departmentCodes,
            boolean active) {
        this(username, displayName, roles, departmentCodes, active, null, Translations.CHINESE);
    }

    /** An account whose name is the same in both languages, without a mobile number. */
    public StaffMember(String username, String displayName, Set<String> roles, Set<String> departmentCodes,
            boolean active, String email, Locale language) {
        this(username, displayName, roles, departmentCodes, active, email, language, displayName, null);
    }

    public StaffMember {
        roles = Set.copyOf(roles);
        departmentCodes = Set.copyOf(departmentCodes);
        language = Translations.supported(language == null ? Translations.CHINESE : language);
        displayNameEn = displayNameEn == null || displayNameEn.isBlank() ? displayName : displayNameEn;
    }

    /** The name in the reader's language: Chinese for Chinese readers and when no locale is known. */
    public String displayName(Locale locale) {
        boolean english = locale != null && Translations.ENGLISH.equals(Translations.supported(locale));
        return english ? displayNameEn : displayName;
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
