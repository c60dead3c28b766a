package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.ProgressStep;
import org.onewindow.casework.ProgressStep.State;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepKind;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.LookedUpCase;

/** The lines a citizen reads, from the steps recorded for the case. */
class ProgressTimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");

    @Test
    void acceptedCaseHasTheWholeRegularPathToCome() {
        List<ProgressStep> lines = ProgressTimeline.of(caseIn(CaseStatus.ACCEPTED, "PSB", "HRSS"),
                List.of(open(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW, "FRONT_DESK", 0)), List.of(),
                code -> "Dept " + code);

        assertThat(lines).extracting(ProgressStep::kind, ProgressStep::departmentName, ProgressStep::state)
                .containsExactly(
                        tuple(StepKind.ACCEPTANCE, null, State.IN_PROGRESS),
                        tuple(StepKind.REVIEW, "Dept AMR", State.PENDING),
                        tuple(StepKind.JOINT_REVIEW, "Dept PSB", State.PENDING),
                        tuple(StepKind.JOINT_REVIEW, "Dept HRSS", State.PENDING),
                        tuple(StepKind.DECISION, "Dept AMR", State.PENDING),
                        tuple(StepKind.DELIVERY, null, State.PENDING));
        assertThat(lines.get(0).at()).isEqualTo(T0);
    }

    @Test
    void consultationIsShownAndDoesNotChangeWhatComes() {
        List<ProgressStep> lines = ProgressTimeline.of(caseIn(CaseStatus.IN_REVIEW),
                List.of(done(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW, "FRONT_DESK", 0, 1),
                        open(ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT, "AMR", 1),
                        open(ServiceRequestProcess.TASK_CONSULTATION, "FIRE", 2)),
                List.of(), code -> "Dept " + code);

        assertThat(lines).extracting(ProgressStep::kind, ProgressStep::departmentName, ProgressStep::state)
                .containsExactly(
                        tuple(StepKind.ACCEPTANCE, null, State.DONE),
                        tuple(StepKind.REVIEW, "Dept AMR", State.IN_PROGRESS),
                        tuple(StepKind.CONSULTATION, "Dept FIRE", State.IN_PROGRESS),
                        tuple(StepKind.DECISION, "Dept AMR", State.PENDING),
                        tuple(StepKind.DELIVERY, null, State.PENDING));
    }

    @Test
    void acceptanceReturnedForMaterialsIsDoneAgainAndAWithdrawnCaseHasNothingToCome() {
        Instant noticeIssued = T0.plusSeconds(3600 - 1);
        List<ProgressTimeline.Step> recorded = List.of(
                done(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW, "FRONT_DESK", 0, 1),
                open(ServiceRequestProcess.TASK_RECEIVE_MISSING_MATERIALS, "FRONT_DESK", 1));
        assertThat(ProgressTimeline.of(caseIn(CaseStatus.WAITING_FOR_MATERIALS), recorded, List.of(noticeIssued),
                code -> code)).extracting(ProgressStep::kind, ProgressStep::state).containsExactly(
                        tuple(StepKind.ACCEPTANCE, State.RETURNED_FOR_MATERIALS),
                        tuple(StepKind.MATERIALS, State.IN_PROGRESS),
                        tuple(StepKind.ACCEPTANCE, State.PENDING),
                        tuple(StepKind.REVIEW, State.PENDING),
                        tuple(StepKind.DECISION, State.PENDING),
                        tuple(StepKind.DELIVERY, State.PENDING));

        List<ProgressTimeline.Step> withdrawn = List.of(recorded.get(0),
                new ProgressTimeline.Step(ServiceRequestProcess.TASK_RECEIVE_MISSING_MATERIALS, "FRONT_DESK",
                        T0.plusSeconds(3600), T0.plusSeconds(30 * 86400), false));
        assertThat(ProgressTimeline.of(caseIn(CaseStatus.WITHDRAWN), withdrawn, List.of(noticeIssued), code -> code))
                .extracting(ProgressStep::kind, ProgressStep::state).containsExactly(
                        tuple(StepKind.ACCEPTANCE, State.RETURNED_FOR_MATERIALS),
                        tuple(StepKind.MATERIALS, State.CANCELLED));
    }

    private static LookedUpCase caseIn(CaseStatus status, String... collaborating) {
        return new LookedUpCase("OW-20261127-00001", "Company establishment registration", "AMR",
                List.of(collaborating), status, T0, T0.plusSeconds(5 * 86400), null, null, null, null);
    }

    private static ProgressTimeline.Step open(String key, String department, int hour) {
        return new ProgressTimeline.Step(key, department, T0.plusSeconds(hour * 3600L), null, false);
    }

    private static ProgressTimeline.Step done(String key, String department, int fromHour, int toHour) {
        return new ProgressTimeline.Step(key, department, T0.plusSeconds(fromHour * 3600L),
                T0.plusSeconds(toHour * 3600L), true);
    }
}
