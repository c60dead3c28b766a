package org.onewindow.directory;

import java.util.List;

/**
 * Administrators keep the hall's departments: open one, rename it, deactivate and reactivate it. Every method is for
 * ADMIN only. Each command returns the department as it is afterwards; the department before is
 * {@link DirectoryService#department(String)}.
 */
public interface DepartmentService {

    /** Every department, active and inactive, by code. */
    List<DepartmentOverview> overview();

    /**
     * Opens a department, active.
     *
     * @throws org.onewindow.shared.InvalidInputException by {@link DepartmentField}: a code not of
     *     {@value NewDepartment#CODE_PATTERN}, longer than {@value NewDepartment#MAX_CODE_LENGTH} or taken; a name
     *     missing or longer than {@value NewDepartment#MAX_NAME_LENGTH}
     */
    Department create(NewDepartment department);

    /**
     * Renames a department in both languages; its code stays.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown code
     * @throws org.onewindow.shared.InvalidInputException by {@link DepartmentField} for a missing or too long name
     */
    Department rename(String code, DepartmentNames names);

    /**
     * Deactivates a department: it takes no new cases and no picker offers it, but its history stays readable.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown code
     * @throws org.onewindow.shared.BusinessRuleException when it is inactive already, or while another module keeps
     *     it in use ({@link DepartmentUse}: it leads service items, it has open steps), saying why
     */
    Department deactivate(String code);

    /**
     * Makes an inactive department take work again.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown code
     * @throws org.onewindow.shared.BusinessRuleException when it is active already
     */
    Department reactivate(String code);
}
