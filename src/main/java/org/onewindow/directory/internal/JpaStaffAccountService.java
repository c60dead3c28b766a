package org.onewindow.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.Department;
import org.onewindow.directory.PasswordService;
import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffAccountRow;
import org.onewindow.directory.StaffAccountService;
import org.onewindow.directory.StaffDeactivation;
import org.onewindow.directory.StaffFilter;
import org.onewindow.directory.StaffHandover;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.ADMIN)
class JpaStaffAccountService implements StaffAccountService {

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final StaffQueries queries;
    private final StaffAccountValidator validator;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordService passwords;
    private final CurrentStaff currentStaff;
    /** Looked up on each deactivation: the modules that implement it depend on directory, not it on them. */
    private final ObjectProvider<StaffHandover> handovers;
    private final AdministrativeChanges auditLog;

    JpaStaffAccountService(StaffRepository staff, DepartmentRepository departments, StaffQueries queries,
            StaffAccountValidator validator, StaffAccounts accounts, PasswordEncoder passwordEncoder,
            PasswordService passwords, CurrentStaff currentStaff, ObjectProvider<StaffHandover> handovers,
            AdministrativeChanges auditLog) {
        this.staff = staff;
        this.departments = departments;
        this.queries = queries;
        this.validator = validator;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
        this.currentStaff = currentStaff;
        this.handovers = handovers;
        this.auditLog = auditLog;
    }

    @Override
    public List<StaffAccountRow> search(StaffFilter filter, PageRequest page) {
        return queries.search(filter, page);
    }

    @Override
    public long count(StaffFilter filter) {
        return queries.count(filter);
    }

    @Override
    @Transactional
    public StaffMember create(StaffAccount account) {
        validator.checkNew(account, staff::existsByUsername, this::department);
        String username = account.username().trim();
        StaffMember created = accounts.open(account, passwordEncoder.encode(account.temporaryPassword()))
                .toStaffMember();
        // Never the password: the entry says a temporary one was given.
        auditLog.record(new AdministrativeChange(AdminArea.ACCOUNTS, username, AdminAction.CREATED, null,
                described(created) + ", password: temporary"));
        return created;
    }

    @Override
    @Transactional
    public StaffMember edit(String username, StaffAccount account) {
        StaffEntity entity = find(username);
        validator.checkEdit(account, this::department, Set.copyOf(entity.departmentCodes()));
        StaffMember before = entity.toStaffMember();
        if (before.active() && before.hasRole(AppRoles.ADMIN) && !account.roles().contains(AppRoles.ADMIN)
                && staff.countActiveWithRoleOtherThan(AppRoles.ADMIN, username) == 0) {
            throw new BusinessRuleException(Translations.current("directory.staff.error.lastAdminRole", username));
        }
        StaffAccounts.edit(entity, account);
        return logged(entity.toStaffMember(), AdminAction.CHANGED, before);
    }

    @Override
    @Transactional
    public StaffDeactivation deactivate(String username) {
        if (currentStaff.require().username().equals(username)) {
            throw new BusinessRuleException(Translations.current("directory.staff.error.deactivateSelf"));
        }
        StaffEntity entity = find(username);
        StaffMember before = entity.toStaffMember();
        if (!before.active()) {
            throw new BusinessRuleException(Translations.current("directory.staff.error.inactiveAlready", username));
        }
        if (before.hasRole(AppRoles.ADMIN) && staff.countActiveWithRoleOtherThan(AppRoles.ADMIN, username) == 0) {
            throw new BusinessRuleException(Translations.current("directory.staff.error.lastAdmin", username));
        }
        entity.deactivate();
        // Written before the handovers: what they read of the directory sees the account inactive.
        staff.flush();
        StaffMember after = entity.toStaffMember();
        List<String> notes = new ArrayList<>();
        handovers.orderedStream().forEach(handover -> handover.handOver(after).ifPresent(notes::add));
        if (after.hasRole(AppRoles.DEPT_HEAD)) {
            after.departmentCodes().stream().sorted()
                    .filter(code -> staff.findActiveMembersOf(code).stream()
                            .noneMatch(member -> member.roles().contains(AppRoles.DEPT_HEAD)))
                    .forEach(code -> notes.add(Translations.current("directory.staff.noOtherHead",
                            department(code).map(d -> d.name(readerLocale())).orElse(code))));
        }
        logged(after, AdminAction.DEACTIVATED, before);
        return new StaffDeactivation(after, notes);
    }

    @Override
    @Transactional
    public StaffMember reactivate(String username) {
        StaffEntity entity = find(username);
        StaffMember before = entity.toStaffMember();
        if (before.active()) {
            throw new BusinessRuleException(Translations.current("directory.staff.error.activeAlready", username));
        }
        entity.reactivate();
        return logged(entity.toStaffMember(), AdminAction.REACTIVATED, before);
    }

    @Override
    @Transactional
    public void setTemporaryPassword(String username, String password) {
        // The password service holds the one way a temporary password is checked, stored and logged.
        passwords.setTemporaryPassword(username, password);
    }

    /** Kept in the audit log in this transaction: a refused or rolled-back change leaves no entry. */
    private StaffMember logged(StaffMember after, AdminAction action, StaffMember before) {
        auditLog.record(new AdministrativeChange(AdminArea.ACCOUNTS, after.username(), action,
                before == null ? null : described(before), described(after)));
        return after;
    }

    /** The account as its audit entries describe it, never with a password. */
    static String described(StaffMember member) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name_zh", member.displayName());
        fields.put("name_en", member.displayNameEn());
        fields.put("mobile", member.mobile());
        fields.put("email", member.email());
        fields.put("language", member.language().toLanguageTag());
        fields.put("roles", sorted(member.roles()));
        fields.put("departments", sorted(member.departmentCodes()));
        fields.put("active", member.active());
        return AdministrativeChange.fields(fields);
    }

    private static String sorted(Set<String> values) {
        return new TreeSet<>(values).stream().collect(Collectors.joining(" "));
    }

    private Optional<Department> department(String code) {
        return code == null ? Optional.empty() : departments.findById(code).map(DepartmentEntity::toDepartment);
    }

    private static Locale readerLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null ? Translations.ENGLISH : context.getLocale();
    }

    private StaffEntity find(String username) {
        return (username == null ? Optional.<StaffEntity>empty() : staff.findByUsername(username))
                .orElseThrow(() -> new NotFoundException(
                        Translations.current("directory.password.error.unknownAccount", username)));
    }
}
