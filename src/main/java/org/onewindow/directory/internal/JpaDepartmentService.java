package org.onewindow.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.Department;
import org.onewindow.directory.DepartmentNames;
import org.onewindow.directory.DepartmentOverview;
import org.onewindow.directory.DepartmentService;
import org.onewindow.directory.DepartmentUse;
import org.onewindow.directory.NewDepartment;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.ADMIN)
class JpaDepartmentService implements DepartmentService {

    private final DepartmentRepository departments;
    private final DepartmentQueries queries;
    private final DepartmentValidator validator;
    /** Looked up on each deactivation: the modules that implement it depend on directory, not it on them. */
    private final ObjectProvider<DepartmentUse> uses;
    private final AdministrativeChanges auditLog;

    JpaDepartmentService(DepartmentRepository departments, DepartmentQueries queries, DepartmentValidator validator,
            ObjectProvider<DepartmentUse> uses, AdministrativeChanges auditLog) {
        this.departments = departments;
        this.auditLog = auditLog;
        this.queries = queries;
        this.validator = validator;
        this.uses = uses;
    }

    @Override
    public List<DepartmentOverview> overview() {
        Map<String, Long> staff = queries.activeStaffByDepartment();
        return departments.findAll(Sort.by("code")).stream().map(DepartmentEntity::toDepartment)
                .map(d -> new DepartmentOverview(d, staff.getOrDefault(d.code(), 0L))).toList();
    }

    @Override
    @Transactional
    public Department create(NewDepartment department) {
        validator.check(department, departments::existsById);
        Department created = departments.save(new DepartmentEntity(department.code().trim(),
                department.nameZh().trim(), department.nameEn().trim())).toDepartment();
        logged(created, AdminAction.CREATED, null);
        return created;
    }

    @Override
    @Transactional
    public Department rename(String code, DepartmentNames names) {
        DepartmentEntity department = find(code);
        validator.check(names);
        Department before = department.toDepartment();
        department.rename(names.nameZh().trim(), names.nameEn().trim());
        return logged(department.toDepartment(), AdminAction.CHANGED, before);
    }

    @Override
    @Transactional
    public Department deactivate(String code) {
        DepartmentEntity department = find(code);
        Department before = department.toDepartment();
        if (!department.isActive()) {
            throw new BusinessRuleException(
                    Translations.current("directory.error.inactiveAlready", named(before)));
        }
        List<String> reasons = new ArrayList<>();
        uses.orderedStream().forEach(use -> use.keepsInUse(code).ifPresent(reasons::add));
        if (!reasons.isEmpty()) {
            throw new BusinessRuleException(Translations.current("directory.error.inUse",
                    named(before), String.join(" ", reasons)));
        }
        department.deactivate();
        return logged(department.toDepartment(), AdminAction.DEACTIVATED, before);
    }

    @Override
    @Transactional
    public Department reactivate(String code) {
        DepartmentEntity department = find(code);
        if (department.isActive()) {
            throw new BusinessRuleException(Translations.current("directory.error.activeAlready",
                    named(department.toDepartment())));
        }
        Department before = department.toDepartment();
        department.reactivate();
        return logged(department.toDepartment(), AdminAction.REACTIVATED, before);
    }

    /** Kept in the audit log in this transaction: a refused or rolled-back change leaves no entry. */
    private Department logged(Department after, AdminAction action, Department before) {
        auditLog.record(new AdministrativeChange(AdminArea.DEPARTMENTS, after.code(), action,
                before == null ? null : described(before), described(after)));
        return after;
    }

    /** The department as the audit log shows it, before or after a change (also the import's). */
    static String described(Department department) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("name_zh", department.nameZh());
        fields.put("name_en", department.nameEn());
        fields.put("active", department.active());
        return AdministrativeChange.fields(fields);
    }

    /** The name in the language of the message it goes into ({@code Translations.current}'s). */
    private static String named(Department department) {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return department.name(context == null ? Translations.ENGLISH : context.getLocale());
    }

    private DepartmentEntity find(String code) {
        return (code == null ? java.util.Optional.<DepartmentEntity>empty() : departments.findById(code))
                .orElseThrow(() -> new NotFoundException(Translations.current("directory.error.noDepartment", code)));
    }
}
