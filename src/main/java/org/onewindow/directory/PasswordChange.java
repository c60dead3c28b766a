package org.onewindow.directory;

/**
 * A staff member changes their own password: the current one, to show it is them, and the new one twice. The
 * new password must meet the password policy (at least {@link #MIN_LENGTH} characters, not the user name, not a
 * common password); the service's validator checks it all and refuses field by field ({@link PasswordField}).
 */
public record PasswordChange(String currentPassword, String newPassword, String repeatedPassword) {

    /** The shortest password the policy accepts. */
    public static final int MIN_LENGTH = 12;

    /** The longest password, in characters; BCrypt reads at most 72 bytes of it, which the policy also checks. */
    public static final int MAX_LENGTH = 64;
}
