package org.onewindow.directory;

import java.util.List;

import org.onewindow.shared.PageRequest;

/**
 * Administrators keep the hall's staff accounts: list and filter them, open one with a temporary password, edit
 * it, deactivate and reactivate it, and give it a new temporary password. Every method is for ADMIN only; every
 * change is kept in the audit log, before → after (never a password).
 */
public interface StaffAccountService {

    /** The accounts the filter selects, by user name, one page of them. */
    List<StaffAccountRow> search(StaffFilter filter, PageRequest page);

    /** How many accounts the filter selects. */
    long count(StaffFilter filter);

    /**
     * Opens an active account, which must change its temporary password at its first sign-in.
     *
     * @throws org.onewindow.shared.InvalidInputException by {@link StaffAccountField}: a user name missing,
     *     malformed or taken; a display name missing or too long; a malformed mobile number or e-mail address; no
     *     role or an unknown one; an unknown or inactive department, or none for a role that works a queue; a
     *     temporary password missing or breaking the password policy
     */
    StaffMember create(StaffAccount account);

    /**
     * Changes everything but the user name (and the password). Departments the account already had may stay even
     * when inactive meanwhile; new ones must be active.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown user name
     * @throws org.onewindow.shared.InvalidInputException by {@link StaffAccountField}, as {@link #create}
     * @throws org.onewindow.shared.BusinessRuleException when it would take the ADMIN role from the last active
     *     administrator
     */
    StaffMember edit(String username, StaffAccount account);

    /**
     * Deactivates an account: it can no longer sign in, and every {@link StaffHandover} hands back what it held
     * (its claimed steps return to their departments' queues). Escalations are addressed by role at the time they
     * happen, so they go to the department's other heads from now on; the result says when a department is left
     * without one.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown user name
     * @throws org.onewindow.shared.BusinessRuleException for one's own account, an inactive one, or the last active
     *     administrator
     */
    StaffDeactivation deactivate(String username);

    /**
     * Lets an inactive account sign in again.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown user name
     * @throws org.onewindow.shared.BusinessRuleException when it is active already
     */
    StaffMember reactivate(String username);

    /**
     * Gives the account a temporary password, which must be changed at the next sign-in.
     *
     * @throws org.onewindow.shared.InvalidInputException on {@link PasswordField#NEW_PASSWORD} for a weak password
     * @throws org.onewindow.shared.BusinessRuleException for one's own account
     * @throws org.onewindow.shared.NotFoundException for an unknown user name
     */
    void setTemporaryPassword(String username, String password);
}
