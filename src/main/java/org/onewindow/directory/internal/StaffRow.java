package org.onewindow.directory.internal;

import org.onewindow.directory.StaffAccount;

/**
 * A checked row of a staff file: the account it opens. {@code passwordGenerated} when the row gave no password and
 * the import chose one, to be handed out once.
 */
record StaffRow(int row, StaffAccount account, boolean passwordGenerated) {

    String username() {
        return account.username();
    }
}
