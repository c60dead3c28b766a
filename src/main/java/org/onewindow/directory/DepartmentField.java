package org.onewindow.directory;

import org.onewindow.shared.InputField;

/** The fields of a {@link NewDepartment} and of {@link DepartmentNames}, as the service's check names them. */
public enum DepartmentField implements InputField {
    CODE, NAME_ZH, NAME_EN
}
