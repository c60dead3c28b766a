package org.onewindow.directory;

import org.onewindow.shared.InputField;

/**
 * The fields of {@link PasswordChange}. An administrator's temporary password is refused on {@link #NEW_PASSWORD}
 * too.
 */
public enum PasswordField implements InputField {
    CURRENT_PASSWORD, NEW_PASSWORD, REPEATED_PASSWORD
}
