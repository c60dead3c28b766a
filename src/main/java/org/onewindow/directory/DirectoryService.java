package org.onewindow.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/** Departments and staff accounts. */
public interface DirectoryService {

    /** Every department, active or not (a report or a case file names the inactive ones too), by code. */
    List<Department> departments();

    /** The departments that take work, for pickers and routing: inactive ones are never offered. */
    default List<Department> activeDepartments() {
        return departments().stream().filter(Department::active).toList();
    }

    Optional<Department> department(String code);

    /** The department's name in {@code locale}, or its code when it is unknown (names are for display only). */
    default String departmentName(String code, Locale locale) {
        return department(code).map(department -> department.name(locale)).orElse(code);
    }

    /**
     * The department's name in the language of the person whose request is being served (a screen's or an API
     * request's; English outside a request, as {@code Translations.current}); its code when it is unknown. Not for
     * what someone else reads (a receipt or notice the citizen takes home, an SMS, an e-mail, a timer's job): those
     * say the reader's language with {@link #departmentName(String, Locale)}.
     */
    default String departmentName(String code) {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return departmentName(code, context == null ? Translations.ENGLISH : context.getLocale());
    }

    /**
     * Loads a department as it is, without an administrator: for the data a hall starts with (the demo hall). An
     * administrator opens departments through {@link DepartmentService#create}.
     */
    Department createDepartment(Department department);

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
