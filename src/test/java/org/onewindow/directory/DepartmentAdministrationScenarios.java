package org.onewindow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.Consultation;
import org.onewindow.casework.ConsultationField;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Fresh;
import org.onewindow.support.Journeys;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators keep the departments: open, rename, deactivate and reactivate them; a department that leads service
 * items or has open steps is not deactivated, and an inactive one is offered nowhere but still named.
 */
abstract class DepartmentAdministrationScenarios {

    @Autowired
    DepartmentService departments;
    @Autowired
    DirectoryService directory;
    @Autowired
    StaffAccountService staffAccounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    Staff staff;
    @Autowired
    Journeys journeys;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AdministrativeChanges auditLog;

    private Department open(String code) {
        return staff.as("admin", () -> departments.create(new NewDepartment(code, "测试局", "Test Bureau")));
    }

    @Test
    void anAdministratorOpensADepartmentNamedInBothLanguages() {
        String code = Fresh.code("T-");
        Department created = staff.as("admin",
                () -> departments.create(new NewDepartment(" " + code + " ", " 审计局 ", "Audit Bureau ")));

        assertThat(created).isEqualTo(new Department(code, "审计局", "Audit Bureau", true));
        assertThat(directory.department(code)).contains(created);
        assertThat(directory.departmentName(code, Translations.CHINESE)).isEqualTo("审计局");
        assertThat(directory.departmentName(code, Translations.ENGLISH)).isEqualTo("Audit Bureau");
        assertThat(directory.activeDepartments()).contains(created);
        // Counted, not the demo hall's 2: other tests of the shared database (imports) add staff to AMR.
        long activeInAmr = staff.as("admin",
                () -> staffAccounts.count(new StaffFilter(null, "AMR", null, Boolean.TRUE)));
        assertThat(activeInAmr).isGreaterThanOrEqualTo(2);
        assertThat(staff.as("admin", () -> departments.overview()))
                .contains(new DepartmentOverview(created, 0))
                .anySatisfy(row -> {
                    assertThat(row.department().code()).isEqualTo("AMR");
                    assertThat(row.department().nameZh()).isEqualTo("市场监督管理局");
                    assertThat(row.activeStaff()).isEqualTo(activeInAmr);
                });
    }

    @Test
    void aTakenOrMalformedCodeAndMissingNamesAreRefusedFieldByField() {
        InvalidInputException taken = catchThrowableOfType(InvalidInputException.class,
                () -> staff.as("admin", () -> departments.create(new NewDepartment("AMR", "", " "))));
        assertThat(taken.errorFor(DepartmentField.CODE))
                .isEqualTo("There is already a department with the code AMR; choose another code.");
        assertThat(taken.errorFor(DepartmentField.NAME_ZH)).isEqualTo("Give the department's Chinese name.");
        assertThat(taken.errorFor(DepartmentField.NAME_EN)).isEqualTo("Give the department's English name.");

        InvalidInputException malformed = catchThrowableOfType(InvalidInputException.class, () -> staff.as("admin",
                () -> departments.create(new NewDepartment("amr bureau", "名".repeat(201), "Bureau"))));
        assertThat(malformed.fieldErrors()).containsOnlyKeys("code", "nameZh");
        assertThat(malformed.errorFor(DepartmentField.CODE)).startsWith("A code has only upper-case letters");
        assertThat(malformed.errorFor(DepartmentField.NAME_ZH))
                .isEqualTo("The name is too long (at most 200 characters).");

        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class, () -> staff.as("admin",
                () -> departments.create(new NewDepartment("A".repeat(33), "名", "Name"))));
        assertThat(tooLong.errorFor(DepartmentField.CODE)).isEqualTo("The code is too long (at most 32 characters).");
        assertThat(directory.department("A".repeat(33))).isEmpty();
    }

    @Test
    void renamingChangesBothNamesAndKeepsTheCode() {
        String code = Fresh.code("T-");
        open(code);

        Department renamed = staff.as("admin",
                () -> departments.rename(code, new DepartmentNames("行政审批局", "Administrative Approval Bureau")));
        assertThat(renamed).isEqualTo(new Department(code, "行政审批局", "Administrative Approval Bureau", true));
        assertThat(directory.department(code)).contains(renamed);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> staff.as("admin", () -> departments.rename(code, new DepartmentNames("新名称", ""))));
        assertThat(refused.fieldErrors()).containsOnlyKeys("nameEn");
        assertThat(directory.department(code)).contains(renamed);

        // The opening and the renaming are in the audit log, before → after; the refused renaming is not.
        List<LoggedChange> logged = staff.as("admin", () -> auditLog
                .search(new AuditFilter(AdminArea.DEPARTMENTS, "admin", code, null, null), new PageRequest(0, 10)));
        assertThat(logged).extracting(LoggedChange::action).containsExactly(AdminAction.CHANGED, AdminAction.CREATED);
        assertThat(logged.get(0).before()).contains("name_zh: 测试局", "name_en: Test Bureau");
        assertThat(logged.get(0).after()).contains("name_zh: 行政审批局", "name_en: Administrative Approval Bureau");
    }

    @Test
    void aDepartmentLeadingServiceItemsIsNotDeactivated() {
        String code = Fresh.code("T-");
        // Rolled back: no other test meets the item.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            open(code);
            catalog.create(ServiceItem.published(code + "-01", "Test permit", "", code, List.of(),
                    List.of("Resident ID card"), 5, false));

            assertThatThrownBy(() -> staff.as("admin", () -> departments.deactivate(code)))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage("Test Bureau cannot be deactivated yet. It leads 1 service item (" + code
                            + "-01); give it another lead department first.");
            assertThat(directory.department(code).orElseThrow().active()).isTrue();
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> staff.as("admin", () -> departments.deactivate("HRSS")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("It leads ")
                .hasMessageContaining("HRSS-001");
    }

    @Test
    void aDepartmentWithOpenStepsIsNotDeactivatedAndAnInactiveOneIsOfferedNowhere() {
        String consulted = Fresh.code("T-");
        open(consulted);
        String caseNumber = journeys.socialSecurityCardAwaitingReview();
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        PageRequest page = new PageRequest(0, 5);
        staff.run("hrss.worker", () -> {
            String review = inbox.departmentQueue(filter, page).get(0).taskId();
            work.claim(review);
            work.requestConsultation(review, new Consultation(consulted, "Is the applicant insured with you?", 3));
        });

        assertThatThrownBy(() -> staff.as("admin", () -> departments.deactivate(consulted)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Test Bureau cannot be deactivated yet. 1 open step waits in its queue; "
                        + "finish or transfer it first.");

        String closing = Fresh.code("T-");
        open(closing);
        Department inactive = staff.as("admin", () -> departments.deactivate(closing));
        assertThat(inactive.active()).isFalse();
        // Offered nowhere...
        assertThat(directory.activeDepartments()).extracting(Department::code).doesNotContain(closing);
        staff.run("hrss.worker", () -> {
            String review = inbox.myTasks(filter, page).stream()
                    .filter(task -> "HRSS".equals(task.candidateGroup())).findFirst().orElseThrow().taskId();
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> work.requestConsultation(review, new Consultation(closing, "Anything?", 3)));
            assertThat(refused.errorFor(ConsultationField.DEPARTMENT_CODE)).isNotBlank();
        });
        // ...but still named.
        assertThat(directory.departments()).contains(inactive);
        assertThat(directory.departmentName(closing, Translations.CHINESE)).isEqualTo("测试局");
        assertThatThrownBy(() -> staff.as("admin", () -> departments.deactivate(closing)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("Test Bureau is inactive already.");

        assertThat(staff.as("admin", () -> departments.reactivate(closing)).active()).isTrue();
        assertThat(directory.activeDepartments()).extracting(Department::code).contains(closing);
    }

    @Test
    void onlyAdministratorsKeepDepartments() {
        String code = Fresh.code("T-");
        for (String notAdmin : List.of("manager", "frontdesk", "hrss.head")) {
            assertThatThrownBy(
                    () -> staff.as(notAdmin, () -> departments.create(new NewDepartment(code, "测试局", "Test"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.as(notAdmin, () -> departments.deactivate("HRSS")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.as(notAdmin, () -> departments.overview()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(directory.department(code)).isEmpty();
    }

}
