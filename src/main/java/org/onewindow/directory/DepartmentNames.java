package org.onewindow.directory;

/** A department's new names, both required, each at most {@value NewDepartment#MAX_NAME_LENGTH} characters. */
public record DepartmentNames(String nameZh, String nameEn) {
}
