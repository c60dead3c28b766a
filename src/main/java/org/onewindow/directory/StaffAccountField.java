package org.onewindow.directory;

import org.onewindow.shared.InputField;

/** The fields of a {@link StaffAccount}, as the service's check names them. */
public enum StaffAccountField implements InputField {
    USERNAME, DISPLAY_NAME_ZH, DISPLAY_NAME_EN, MOBILE, EMAIL, LANGUAGE, ROLES, DEPARTMENT_CODES, TEMPORARY_PASSWORD
}
