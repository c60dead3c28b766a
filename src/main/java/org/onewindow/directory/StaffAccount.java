package org.onewindow.directory;

import java.util.Locale;
import java.util.Set;

/**
 * A staff account as an administrator fills it in: the user name (only when opening it; it never changes), the
 * display name in Chinese and English, an optional mainland mobile number and e-mail address, the language of the
 * account's e-mails and first screens, one or more roles ({@code AppRoles.ALL}) and the departments it works for.
 * {@link #temporaryPassword} is read only when the account is opened: the person must change it at their first
 * sign-in, and it is never shown or logged again.
 */
public record StaffAccount(String username, String displayNameZh, String displayNameEn, String mobile, String email,
        Locale language, Set<String> roles, Set<String> departmentCodes, String temporaryPassword) {

    /** The longest user name (the column's width). */
    public static final int MAX_USERNAME_LENGTH = 64;
    /** What a user name is made of: lower-case letters, digits, dots, hyphens and underscores, from a letter on. */
    public static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]*";
    /** The shortest user name. */
    public static final int MIN_USERNAME_LENGTH = 2;
    /** The longest display name in either language. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The longest e-mail address. */
    public static final int MAX_EMAIL_LENGTH = 200;
    /** A mainland mobile number's length. */
    public static final int MOBILE_LENGTH = 11;
    /** The roles that work a department's queue and so need at least one department. */
    public static final Set<String> ROLES_WITH_DEPARTMENT = Set.of(org.onewindow.shared.AppRoles.CASE_WORKER,
            org.onewindow.shared.AppRoles.DEPT_HEAD);
}
