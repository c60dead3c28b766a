package org.onewindow.directory;

/** A department as the administrators' list shows it, with the number of active staff who belong to it. */
public record DepartmentOverview(Department department, long activeStaff) {
}
