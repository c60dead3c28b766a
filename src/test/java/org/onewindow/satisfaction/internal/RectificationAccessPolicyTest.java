package org.onewindow.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.StaffMember;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.shared.AppRoles;

class RectificationAccessPolicyTest {

    private final RectificationAccessPolicy policy = new RectificationAccessPolicy();

    private final StaffMember hrssHead = staff("hrss.head", AppRoles.DEPT_HEAD, "HRSS");
    private final StaffMember hrssWorker = staff("hrss.worker", AppRoles.CASE_WORKER, "HRSS");
    private final StaffMember amrHead = staff("amr.head", AppRoles.DEPT_HEAD, "AMR");
    private final StaffMember manager = staff("manager", AppRoles.MANAGER, "HALL");
    private final StaffMember followUp = staff("followup", AppRoles.FOLLOW_UP, "HALL");

    @Test
    void theHeadsOfTheHandlingDepartmentVerifyAndRectifyEachInItsStage() {
        Rectification verifying = policy.withActionsOf(hrssHead, hrss(RectificationStage.VERIFYING));
        assertThat(verifying.mayVerify()).isTrue();
        assertThat(verifying.mayRectify()).isFalse();
        Rectification rectifying = policy.withActionsOf(hrssHead, hrss(RectificationStage.RECTIFYING));
        assertThat(rectifying.mayVerify()).isFalse();
        assertThat(rectifying.mayRectify()).isTrue();
        assertThat(policy.withActionsOf(hrssHead, hrss(RectificationStage.APPEALED)).mayDecideAppeal()).isFalse();

        for (StaffMember other : List.of(hrssWorker, amrHead, manager, followUp)) {
            assertThat(policy.withActionsOf(other, hrss(RectificationStage.VERIFYING)).mayVerify()).as(other.username())
                    .isFalse();
            assertThat(policy.withActionsOf(other, hrss(RectificationStage.RECTIFYING)).mayRectify())
                    .as(other.username()).isFalse();
        }
    }

    @Test
    void onlyManagersDecideAppealsAndOnlyWhileOneIsWaiting() {
        assertThat(policy.withActionsOf(manager, hrss(RectificationStage.APPEALED)).mayDecideAppeal()).isTrue();
        assertThat(policy.withActionsOf(manager, hrss(RectificationStage.RECTIFYING)).mayDecideAppeal()).isFalse();
        assertThat(policy.withActionsOf(followUp, hrss(RectificationStage.APPEALED)).mayDecideAppeal()).isFalse();
    }

    @Test
    void theHandlingHeadsAndFollowUpStaffHaveTheNumberShownWhileTheReviewIsHandled() {
        assertThat(policy.mayRevealMobile(hrssHead, hrss(RectificationStage.VERIFYING))).isTrue();
        assertThat(policy.mayRevealMobile(followUp, hrss(RectificationStage.VERIFYING))).isTrue();
        for (StaffMember other : List.of(hrssWorker, amrHead, manager)) {
            assertThat(policy.mayRevealMobile(other, hrss(RectificationStage.VERIFYING))).as(other.username())
                    .isFalse();
        }
        assertThat(policy.withActionsOf(hrssHead, hrss(RectificationStage.APPEALED)).mayRevealMobile()).isTrue();
        assertThat(policy.withActionsOf(hrssHead, hrss(RectificationStage.FED_BACK)).mayRevealMobile())
                .as("handled already").isFalse();
        assertThat(policy.withActionsOf(followUp, hrss(RectificationStage.EXCLUDED)).mayRevealMobile()).isFalse();
    }

    @Test
    void managersAndFollowUpReadEveryDepartmentHeadsTheirOwn() {
        assertThat(policy.departmentsInView(manager)).isNull();
        assertThat(policy.departmentsInView(followUp)).isNull();
        assertThat(policy.departmentsInView(amrHead)).containsExactly("AMR");
        assertThat(policy.mayRead(manager, hrss(RectificationStage.VERIFYING))).isTrue();
        assertThat(policy.mayRead(followUp, hrss(RectificationStage.VERIFYING))).isTrue();
        assertThat(policy.mayRead(hrssHead, hrss(RectificationStage.VERIFYING))).isTrue();
        assertThat(policy.mayRead(amrHead, hrss(RectificationStage.VERIFYING))).isFalse();
        assertThat(policy.mayRead(hrssWorker, hrss(RectificationStage.VERIFYING))).as("not a handler").isFalse();
    }

    @Test
    void headsHandleOnlyTheirOwnDepartmentsReviews() {
        assertThat(policy.handledDepartments(hrssHead)).containsExactly("HRSS");
        assertThat(policy.handledDepartments(hrssWorker)).isEmpty();
        assertThat(policy.handledDepartments(manager)).isEmpty();
        assertThat(policy.handles(hrssHead, "HRSS")).isTrue();
        assertThat(policy.handles(hrssHead, "AMR")).isFalse();
        assertThat(policy.readsAll(hrssHead)).isFalse();
    }

    private static Rectification hrss(RectificationStage stage) {
        Instant opened = Instant.parse("2026-11-30T02:00:00Z");
        return new Rectification("OW-20261128-00042", "Social security card application", "HRSS", stage, opened,
                opened.plusSeconds(86400), null, null, null, null, null, null, null, null, null, null, null, null,
                List.of());
    }

    private static StaffMember staff(String username, String role, String department) {
        return new StaffMember(username, username, Set.of(role), Set.of(department), true);
    }
}
