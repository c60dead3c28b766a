package org.onewindow.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.OpenStepsService;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.crm.FileAccess;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.ApplicantRecordService;
import org.onewindow.shared.AppRoles;

class NeedToKnowTest {

    private static final ApplicantRef ZHAO = new ApplicantRef(ApplicantType.PERSON, 7);

    private final ApplicantRecordService intake = mock(ApplicantRecordService.class);
    private final OpenStepsService openSteps = mock(OpenStepsService.class);
    private final NeedToKnow needToKnow = new NeedToKnow(intake, openSteps);

    private final StaffMember amrWorker = staff("amr.worker", AppRoles.CASE_WORKER, "AMR");
    private final StaffMember psbHead = staff("psb.head", AppRoles.DEPT_HEAD, "PSB");
    private final StaffMember hrssWorker = staff("hrss.worker", AppRoles.CASE_WORKER, "HRSS");
    private final StaffMember frontDesk = staff("frontdesk", AppRoles.FRONT_DESK, "HALL");
    private final StaffMember frontDesk2 = staff("frontdesk2", AppRoles.FRONT_DESK, "HALL");
    private final StaffMember manager = staff("manager", AppRoles.MANAGER, "HALL");
    private final StaffMember admin = staff("admin", AppRoles.ADMIN, "HALL");
    private final StaffMember followUp = staff("followup", AppRoles.FOLLOW_UP, "HALL");

    @Test
    void theDepartmentsOfAnOpenCaseAndTheFrontDeskThatRegisteredItHaveTheNeedToKnow() {
        when(intake.openCasesOf(ZHAO)).thenReturn(List.of(amrCase("frontdesk")));
        when(openSteps.casesWithOpenStepsIn(anyCollection(), eq(ServiceRequestProcess.GROUP_FRONT_DESK)))
                .thenReturn(Set.of());

        assertThat(needToKnow.of(amrWorker, ZHAO)).isEqualTo(FileAccess.GRANTED);
        assertThat(needToKnow.of(psbHead, ZHAO)).as("collaborating").isEqualTo(FileAccess.GRANTED);
        assertThat(needToKnow.of(frontDesk, ZHAO)).as("registered it").isEqualTo(FileAccess.GRANTED);
        assertThat(needToKnow.of(frontDesk2, ZHAO)).isEqualTo(FileAccess.REASON_REQUIRED);
        assertThat(needToKnow.of(manager, ZHAO)).isEqualTo(FileAccess.REASON_REQUIRED);
        assertThat(needToKnow.of(hrssWorker, ZHAO)).isEqualTo(FileAccess.DENIED);
    }

    @Test
    void aStepWaitingAtTheFrontDeskGivesTheWholeFrontDeskTheNeedToKnow() {
        when(intake.openCasesOf(ZHAO)).thenReturn(List.of(amrCase("open311:Citizen app")));
        when(openSteps.casesWithOpenStepsIn(List.of("OW-20261128-00001"), ServiceRequestProcess.GROUP_FRONT_DESK))
                .thenReturn(Set.of("OW-20261128-00001"));
        assertThat(needToKnow.of(frontDesk2, ZHAO)).isEqualTo(FileAccess.GRANTED);
    }

    @Test
    void followUpStaffAndAdministratorsHaveNoFileToOpen() {
        when(intake.openCasesOf(ZHAO)).thenReturn(List.of(amrCase("frontdesk")));
        assertThat(needToKnow.of(followUp, ZHAO)).isEqualTo(FileAccess.DENIED);
        assertThat(needToKnow.of(admin, ZHAO)).isEqualTo(FileAccess.DENIED);
        assertThat(needToKnow.mayRevealIdentifier(followUp)).isFalse();
        assertThat(needToKnow.mayReadAccessLog(admin)).isFalse();
    }

    @Test
    void numbersAreForThoseWhoCheckIdentitiesAndTheAccessLogForManagers() {
        assertThat(needToKnow.mayRevealIdentifier(frontDesk)).isTrue();
        assertThat(needToKnow.mayRevealIdentifier(manager)).isTrue();
        assertThat(needToKnow.mayRevealIdentifier(amrWorker)).isFalse();
        assertThat(needToKnow.mayRevealIdentifier(psbHead)).isFalse();
        assertThat(needToKnow.mayReadAccessLog(manager)).isTrue();
        assertThat(needToKnow.mayReadAccessLog(frontDesk)).isFalse();
        assertThat(needToKnow.mayReadAccessLog(psbHead)).isFalse();
    }

    private static CaseDetails amrCase(String registeredBy) {
        return new CaseDetails("OW-20261128-00001", "AMR-003", "Company", "AMR", List.of("PSB"), "Zhao",
                "110***********002X", "139****5678", Channel.WINDOW, CaseStatus.IN_REVIEW, List.of(), null,
                registeredBy,
                Instant.now(), Instant.now(), null, null, null);
    }

    private static StaffMember staff(String username, String role, String department) {
        return new StaffMember(username, username, Set.of(role), Set.of(department), true);
    }
}
