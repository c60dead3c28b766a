package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.shared.AppRoles;

class CaseFileAccessTest {

    private final CaseFileAccess access = new CaseFileAccess();

    private final StaffMember amrWorker = staff("amr.worker", AppRoles.CASE_WORKER, "AMR");
    private final StaffMember psbHead = staff("psb.head", AppRoles.DEPT_HEAD, "PSB");
    private final StaffMember hrssWorker = staff("hrss.worker", AppRoles.CASE_WORKER, "HRSS");
    private final StaffMember frontDesk = staff("frontdesk", AppRoles.FRONT_DESK, "HALL");
    private final StaffMember manager = staff("manager", AppRoles.MANAGER, "HALL");
    private final StaffMember admin = staff("admin", AppRoles.ADMIN, "HALL");
    private final StaffMember followUp = staff("followup", AppRoles.FOLLOW_UP, "HALL");

    @Test
    void caseIsVisibleToItsDepartmentsOnly() {
        CaseDetails details = amrCase(CaseStatus.IN_REVIEW);
        assertThat(access.maySee(amrWorker, details)).isTrue();
        assertThat(access.maySee(staff("psb.worker", AppRoles.CASE_WORKER, "PSB"), details)).as("collaborating")
                .isTrue();
        assertThat(access.maySee(psbHead, details)).isTrue();
        assertThat(access.maySee(hrssWorker, details)).isFalse();
        assertThat(access.maySee(frontDesk, details)).isTrue();
        assertThat(access.maySee(manager, details)).isTrue();
        assertThat(access.maySee(admin, details)).isTrue();
        assertThat(access.maySee(followUp, details)).isFalse();
    }

    @Test
    void departmentStaffFindTheirDepartmentsCasesTheHallFindsAll() {
        assertThat(access.scope(frontDesk)).isNull();
        assertThat(access.scope(manager)).isNull();
        assertThat(access.scope(admin)).isNull();
        assertThat(access.scope(amrWorker)).containsExactly("AMR");
        assertThat(access.scope(followUp)).isEmpty();
    }

    @Test
    void theFrontDeskAndDepartmentsAttachScansManagersAndAdministratorsOnlyRead() {
        assertThat(access.mayAttach(frontDesk)).isTrue();
        assertThat(access.mayAttach(amrWorker)).isTrue();
        assertThat(access.mayAttach(psbHead)).isTrue();
        assertThat(access.mayAttach(manager)).isFalse();
        assertThat(access.mayAttach(admin)).isFalse();
    }

    @Test
    void theResultNoticeOfAClosedCaseIsPrintedByTheFrontDeskAndManagers() {
        CaseDetails closed = amrCase(CaseStatus.CLOSED);
        assertThat(access.mayPrintResultNotice(frontDesk, closed)).isTrue();
        assertThat(access.mayPrintResultNotice(manager, closed)).isTrue();
        assertThat(access.mayPrintResultNotice(amrWorker, closed)).isFalse();
        assertThat(access.mayPrintResultNotice(admin, closed)).isFalse();
        assertThat(access.mayPrintResultNotice(frontDesk, amrCase(CaseStatus.IN_REVIEW))).as("still open").isFalse();
    }

    private static CaseDetails amrCase(CaseStatus status) {
        return new CaseDetails("OW-20261128-00001", "AMR-003", "Company", "AMR", List.of("PSB"), "Qian",
                "440***********0013", "139****5678", Channel.WINDOW, status, List.of(), null, "frontdesk",
                Instant.now(), Instant.now(), null, null, null);
    }

    private static StaffMember staff(String username, String role, String department) {
        return new StaffMember(username, username, Set.of(role), Set.of(department), true);
    }
}
