package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.AppRoles;

class TaskAccessPolicyTest {

    private final TaskAccessPolicy policy = new TaskAccessPolicy();

    private final StaffMember amrWorker = staff("amr.worker", Set.of(AppRoles.CASE_WORKER), Set.of("AMR"));
    private final StaffMember amrHead = staff("amr.head", Set.of(AppRoles.DEPT_HEAD), Set.of("AMR"));
    private final StaffMember hrssWorker = staff("hrss.worker", Set.of(AppRoles.CASE_WORKER), Set.of("HRSS"));
    private final StaffMember frontDesk = staff("frontdesk", Set.of(AppRoles.FRONT_DESK), Set.of("HALL"));
    private final StaffMember manager = staff("manager", Set.of(AppRoles.MANAGER), Set.of("HALL"));

    @Test
    void workerClaimsOnlyTheirOwnDepartmentsSteps() {
        InboxTask amrTask = task("AMR", null);
        assertThat(policy.mayClaim(amrWorker, amrTask)).isTrue();
        assertThat(policy.mayClaim(hrssWorker, amrTask)).isFalse();
        assertThat(policy.maySee(hrssWorker, amrTask)).isFalse();
    }

    @Test
    void frontDeskStepsBelongToTheFrontDeskRole() {
        InboxTask delivery = task(ServiceRequestProcess.GROUP_FRONT_DESK, null);
        assertThat(policy.mayClaim(frontDesk, delivery)).isTrue();
        assertThat(policy.mayClaim(amrWorker, delivery)).isFalse();
    }

    @Test
    void onlyTheAssigneeCompletes() {
        InboxTask claimed = task("AMR", "amr.worker");
        assertThat(policy.mayComplete(amrWorker, claimed)).isTrue();
        assertThat(policy.mayComplete(amrHead, claimed)).isFalse();
        assertThat(policy.mayClaim(amrHead, claimed)).isFalse();
    }

    @Test
    void departmentHeadMayReleaseAMembersStep() {
        InboxTask claimed = task("AMR", "amr.worker");
        assertThat(policy.mayUnclaim(amrHead, claimed)).isTrue();
        assertThat(policy.mayUnclaim(hrssWorker, claimed)).isFalse();
    }

    @Test
    void managersReadEverythingButActOnNothing() {
        InboxTask amrTask = task("AMR", null);
        assertThat(policy.maySee(manager, amrTask)).isTrue();
        assertThat(policy.mayClaim(manager, amrTask)).isFalse();
    }

    @Test
    void departmentStaffTransferTheirQueuesStepsButTheFrontDesksStepsStay() {
        assertThat(policy.mayTransfer(amrWorker, task("AMR", null))).isTrue();
        assertThat(policy.mayTransfer(amrHead, task("AMR", "amr.worker"))).isTrue();
        assertThat(policy.mayTransfer(hrssWorker, task("AMR", null))).isFalse();
        assertThat(policy.mayTransfer(manager, task("AMR", null))).isFalse();
        assertThat(policy.mayTransfer(frontDesk, task(ServiceRequestProcess.GROUP_FRONT_DESK, null))).isFalse();
    }

    @Test
    void aStepIsGivenOnlyToAnActiveCaseWorkerOrHeadOfItsDepartment() {
        InboxTask amrTask = task("AMR", null);
        assertThat(policy.mayBeGiven(amrWorker, amrTask)).isTrue();
        assertThat(policy.mayBeGiven(amrHead, amrTask)).isTrue();
        assertThat(policy.mayBeGiven(hrssWorker, amrTask)).as("another department").isFalse();
        assertThat(policy.mayBeGiven(new StaffMember("amr.left", "Left", Set.of(AppRoles.CASE_WORKER), Set.of("AMR"),
                false), amrTask)).as("inactive").isFalse();
        assertThat(policy.mayBeGiven(staff("amr.followup", Set.of(AppRoles.FOLLOW_UP), Set.of("AMR")), amrTask))
                .as("not a case worker").isFalse();
    }

    private static StaffMember staff(String username, Set<String> roles, Set<String> departments) {
        return new StaffMember(username, username, roles, departments, true);
    }

    private static InboxTask task(String group, String assignee) {
        return new InboxTask("t1", "OW-20261128-00001", ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT, "Review",
                group, assignee, "AMR-001", "Licence", "Zhao", "110***********002X", Instant.now(), null);
    }
}
