package org.onewindow.directory.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.i18n.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaDirectoryService implements DirectoryService {

    private final DepartmentRepository departments;
    private final StaffRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final StaffAccountValidator validator;
    private final StaffAccounts accounts;

    JpaDirectoryService(DepartmentRepository departments, StaffRepository staff, PasswordEncoder passwordEncoder,
            StaffAccountValidator validator, StaffAccounts accounts) {
        this.departments = departments;
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.accounts = accounts;
    }

    @Override
    public List<Department> departments() {
        return departments.findAll(org.springframework.data.domain.Sort.by("code")).stream()
                .map(DepartmentEntity::toDepartment).toList();
    }

    @Override
    public Optional<Department> department(String code) {
        return code == null ? Optional.empty() : departments.findById(code).map(DepartmentEntity::toDepartment);
    }

    @Override
    @Transactional
    public Department createDepartment(Department department) {
        if (departments.existsById(department.code())) {
            throw new BusinessRuleException("Department " + department.code() + " already exists.");
        }
        DepartmentEntity entity = new DepartmentEntity(department.code(), department.nameZh(), department.nameEn());
        if (!department.active()) {
            entity.deactivate();
        }
        return departments.save(entity).toDepartment();
    }

    @Override
    @Transactional
    public StaffMember createStaff(StaffAccount account) {
        validator.checkPreset(account, staff::existsByUsername, code -> department(code));
        return accounts.open(account, passwordEncoder.encode(account.temporaryPassword()), false).toStaffMember();
    }

    @Override
    public Optional<StaffMember> staff(String username) {
        return staff.findByUsername(username).map(StaffEntity::toStaffMember);
    }

    @Override
    public List<StaffMember> membersOf(String departmentCode) {
        return staff.findActiveMembersOf(departmentCode).stream().map(StaffEntity::toStaffMember).toList();
    }

    @Override
    public List<StaffMember> withRole(String role) {
        return staff.findActiveWithRole(role).stream().map(StaffEntity::toStaffMember).toList();
    }

    @Override
    public boolean hasDepartments() {
        return departments.count() > 0;
    }

    @EventListener
    @Transactional
    void on(LanguageChosen choice) {
        preferLanguage(choice.username(), choice.language());
    }

    @Override
    @Transactional
    public void preferLanguage(String username, Locale language) {
        staff.findByUsername(username).ifPresent(member -> member.prefer(language));
    }
}
