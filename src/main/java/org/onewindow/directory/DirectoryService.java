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
        return departmentName(code, readerLocale());
    }

    /**
     * Loads a department as it is, without an administrator: for the data a hall starts with (the demo hall). An
     * administrator opens departments through {@link DepartmentService#create}.
     */
    Department createDepartment(Department department);

    /**
     * Opens an account a hall starts with (the demo hall's, a test's), without an administrator and so without an
     * entry in the audit log, through the same path as the staff screen and the import, checked as they check it:
     * except that {@link StaffAccount#temporaryPassword()} is the account's own, neither held to the password policy
     * nor to be changed at the first sign-in. An administrator opens accounts through
     * {@link StaffAccountService#create}.
     *
     * @throws org.onewindow.shared.InvalidInputException by {@link StaffAccountField}
     */
    StaffMember createStaff(StaffAccount account);

    Optional<StaffMember> staff(String username);

    /**
     * The staff member's display name in {@code locale} ({@link StaffMember#displayName(Locale)}), or the user name
     * when there is no such account: looked up when shown, so a renamed account reads as it is named now.
     */
    default String staffName(String username, Locale locale) {
        return staff(username).map(member -> member.displayName(locale)).orElse(username);
    }

    /** The staff member's display name in the language of the person being served, as {@link #departmentName}. */
    default String staffName(String username) {
        return staffName(username, readerLocale());
    }

    /** Active members of a department, for reassignment and escalation. */
    List<StaffMember> membersOf(String departmentCode);

    /** Active staff with a role, e.g. the managers a rectification escalates to. */
    List<StaffMember> withRole(String role);

    boolean hasDepartments();

    /** Remembers the language a staff member chose on screen, for their e-mails; unknown names are ignored. */
    void preferLanguage(String username, Locale language);

    /** The screen's or the API request's language; English outside a request, as {@code Translations.current}. */
    private static Locale readerLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null ? Translations.ENGLISH : context.getLocale();
    }
}
