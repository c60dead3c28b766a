package org.onewindow.casework.ui;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.Opinion;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepKind;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.ui.HallDates;

/**
 * One case in review at the Market Regulation Bureau, as the casework screens get it from their services. The
 * recorded texts are what the services wrote: English, as the deadline timers write them.
 */
final class CaseFixtures {

    static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    static final String CASE = "OW-20261128-00042";
    static final Instant ACCEPTED = Instant.parse("2026-11-28T02:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-30T07:05:00Z");
    static final Instant DUE = Instant.parse("2026-12-03T09:00:00Z");

    private CaseFixtures() {
    }

    static HallDates dates() {
        return new HallDates(Clock.fixed(NOW, HALL));
    }

    static DirectoryService directory() {
        DirectoryService directory = mock(DirectoryService.class);
        Department amr = new Department("AMR", "市场监督管理局", "Market Regulation Bureau", true);
        Department psb = new Department("PSB", "公安局", "Public Security Bureau", true);
        when(directory.department(anyString())).thenReturn(Optional.empty());
        when(directory.department("AMR")).thenReturn(Optional.of(amr));
        when(directory.department("PSB")).thenReturn(Optional.of(psb));
        when(directory.departmentName(anyString())).thenCallRealMethod();
        when(directory.departmentName(anyString(), any())).thenCallRealMethod();
        when(directory.activeDepartments()).thenCallRealMethod();
        when(directory.departments()).thenReturn(List.of(amr, psb));
        return directory;
    }

    static CaseDetails inReview() {
        return new CaseDetails(CASE, "AMR-003", "Company establishment registration", "AMR", List.of("PSB"),
                "Zhao Lan", "110***********002X", "138****0000", Channel.WINDOW, CaseStatus.IN_REVIEW,
                List.of(new CaseMaterial("Articles of association", true),
                        new CaseMaterial("Proof of registered address", false)),
                "Citizen asked for a quick answer.", "frontdesk", ACCEPTED, DUE, null, null, null);
    }

    static InboxTask review(String assignee) {
        return new InboxTask("t-review", CASE, ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT,
                "Review by lead department", "AMR", assignee, "AMR-003", "Company establishment registration",
                "Zhao Lan", "110***********002X", Instant.parse("2026-11-28T03:00:00Z"), DUE);
    }

    static InboxTask step(String taskId, String taskKey, String bpmnName, String group, String assignee) {
        return new InboxTask(taskId, CASE, taskKey, bpmnName, group, assignee, "AMR-003",
                "Company establishment registration", "Zhao Lan", "110***********002X",
                Instant.parse("2026-11-28T03:00:00Z"), DUE);
    }

    static List<Opinion> opinions() {
        return List.of(
                new Opinion(CASE, ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW, "Acceptance review",
                        StepKind.ACCEPTANCE,
                        ServiceRequestProcess.GROUP_FRONT_DESK, "Wang Fang", null,
                        "Identity and materials checked; accepted.", Instant.parse("2026-11-28T02:30:00Z")),
                new Opinion(CASE, ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT, "Consultation requested",
                        StepKind.CONSULTATION, "AMR", "Li Wei", null, "Asked Public Security Bureau: Any record?",
                        Instant.parse("2026-11-29T02:00:00Z")));
    }

    static List<MaterialsNotice> notices() {
        return List.of(new MaterialsNotice(7, CASE, "Company establishment registration", "Zhao Lan",
                "Acceptance review", List.of("Proof of registered address"), "Certified copies, please.", "frontdesk",
                Instant.parse("2026-11-28T02:10:00Z"), Instant.parse("2027-01-12T09:00:00Z"), null));
    }

    static List<CaseEvent> events() {
        return List.of(
                new CaseEvent(CASE, CaseEvent.Kind.AT_RISK, "Review by lead department", "AMR", null,
                        "One working day left on this step.", Instant.parse("2026-11-29T08:00:00Z")),
                new CaseEvent(CASE, CaseEvent.Kind.ESCALATED, "Review by lead department", "AMR", null,
                        "Overdue with amr.worker; escalated to the department head.",
                        Instant.parse("2026-11-30T01:00:00Z")),
                new CaseEvent(CASE, CaseEvent.Kind.REASSIGNED, "Review by lead department", "AMR", "amr.head",
                        "Reassigned from amr.worker to amr.head.", Instant.parse("2026-11-30T02:00:00Z")));
    }
}
