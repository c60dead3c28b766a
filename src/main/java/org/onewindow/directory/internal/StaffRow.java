package org.onewindow.directory.internal;

import java.util.Locale;
import java.util.Set;

/**
 * A checked row of a staff file, every column read: what the account will be. {@code passwordGenerated} when the
 * row gave no password and the import chose one, to be handed out once.
 */
record StaffRow(int row, String username, String nameZh, String nameEn, Set<String> departmentCodes,
        Set<String> roles, String email, String mobile, Locale language, String password,
        boolean passwordGenerated) {
}
