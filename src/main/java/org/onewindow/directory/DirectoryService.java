package org.onewindow.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Departments and staff accounts. */
public interface DirectoryService {

    List<Department> departments();

    Optional<Department> department(String code);

    /** The department's name, or its code when it is unknown (names are for display only). */
    default String departmentName(String code) {
        return department(code).map(Department::name).orElse(code);
    }

    Department createDepartment(String code, String name);

    StaffMember createStaff(NewStaffMember staff);

    Optional<StaffMember> staff(String username);

    /** Active members of a department, for reassignment and escalation. */
    List<StaffMember> membersOf(String departmentCode);

    /** Active staff with a role, e.g. the managers a rectification escalates to. */
    List<StaffMember> withRole(String role);

    boolean hasDepartments();

    /** Remembers the language a staff member chose on screen, for their e-mails; unknown names are ignored. */
    void preferLanguage(String username, Locale language);
}
