package org.onewindow.directory;

/**
 * Passwords of staff accounts. Passwords are stored as BCrypt hashes; every new password meets the password
 * policy. A refusal is an {@code InvalidInputException} keyed by {@link PasswordField}.
 */
public interface PasswordService {

    /**
     * The signed-in staff member changes their own password, proving it with the current one. Clears the need to
     * change it, also for the session in which it is changed.
     */
    void changeOwnPassword(PasswordChange change);

    /**
     * An administrator gives {@code username} a temporary password, which must be changed at the next sign-in.
     * Refused on the administrator's own account (they change their own password instead) and for an unknown
     * name ({@code NotFoundException}); a weak password is refused on {@link PasswordField#NEW_PASSWORD}.
     */
    void setTemporaryPassword(String username, String password);

    /** Whether the signed-in staff member must change their password before doing anything else. */
    boolean mustChangeOwnPassword();
}
