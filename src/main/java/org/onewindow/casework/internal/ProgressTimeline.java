package org.onewindow.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.onewindow.casework.ProgressStep;
import org.onewindow.casework.ProgressStep.State;
import org.onewindow.casework.StepKind;
import org.onewindow.intake.LookedUpCase;

/**
 * Turns the recorded steps of a case into the lines its citizen reads: every step begun, in order, then the
 * regular steps still to come. No names of people go in; departments are named, as they are public.
 */
final class ProgressTimeline {

    /** A row of {@code casework_task_record}: one step of the case, open while {@code endedAt} is null. */
    record Step(String taskKey, String departmentCode, Instant createdAt, Instant endedAt, boolean completed) {
    }

    private ProgressTimeline() {
    }

    /**
     * @param noticesIssuedAt when each one-time notice of the case was issued
     * @param departmentName a department's display name by its code
     */
    static List<ProgressStep> of(LookedUpCase caseRecord, List<Step> recorded, List<Instant> noticesIssuedAt,
            Function<String, String> departmentName) {
        List<ProgressStep> lines = new ArrayList<>();
        for (Step step : recorded) {
            StepKind kind = StepKind.of(step.taskKey());
            String department = atTheWindow(kind) ? null : departmentName.apply(step.departmentCode());
            lines.add(new ProgressStep(kind, department, state(kind, step, noticesIssuedAt),
                    step.endedAt() == null ? step.createdAt() : step.endedAt()));
        }
        if (caseRecord.status().isOpen()) {
            lines.addAll(stillToCome(caseRecord, lines, departmentName));
        }
        return lines;
    }

    private static State state(StepKind kind, Step step, List<Instant> noticesIssuedAt) {
        if (step.endedAt() == null) {
            return State.IN_PROGRESS;
        }
        if (!step.completed()) {
            return State.CANCELLED;
        }
        // Only acceptance review and the lead review return a case, and they issue the notice just before they
        // complete: a notice issued while one of them was open is the one it returned the case with.
        boolean mayReturn = kind == StepKind.ACCEPTANCE || kind == StepKind.REVIEW;
        boolean returned = mayReturn && noticesIssuedAt.stream()
                .anyMatch(issued -> !issued.isBefore(step.createdAt()) && !issued.isAfter(step.endedAt()));
        return returned ? State.RETURNED_FOR_MATERIALS : State.DONE;
    }

    /**
     * The regular steps after the furthest one the case reached; that one again when it returned the case for
     * materials, since it is done again once they come.
     */
    private static List<ProgressStep> stillToCome(LookedUpCase caseRecord, List<ProgressStep> lines,
            Function<String, String> departmentName) {
        List<StepKind> path = new ArrayList<>(List.of(StepKind.ACCEPTANCE, StepKind.REVIEW, StepKind.JOINT_REVIEW,
                StepKind.DECISION, StepKind.DELIVERY));
        if (caseRecord.collaboratingDepartmentCodes().isEmpty()) {
            path.remove(StepKind.JOINT_REVIEW);
        }
        int furthest = -1;
        State furthestState = null;
        for (ProgressStep line : lines) {
            int index = path.indexOf(line.kind());
            if (index >= 0 && index >= furthest) {
                furthest = index;
                furthestState = line.state();
            }
        }
        int from = furthestState == State.RETURNED_FOR_MATERIALS ? furthest : furthest + 1;
        String lead = departmentName.apply(caseRecord.leadDepartmentCode());
        List<ProgressStep> pending = new ArrayList<>();
        for (StepKind kind : path.subList(from, path.size())) {
            switch (kind) {
                case JOINT_REVIEW -> caseRecord.collaboratingDepartmentCodes().forEach(
                        code -> pending.add(new ProgressStep(kind, departmentName.apply(code), State.PENDING, null)));
                case REVIEW, DECISION -> pending.add(new ProgressStep(kind, lead, State.PENDING, null));
                default -> pending.add(new ProgressStep(kind, null, State.PENDING, null));
            }
        }
        return pending;
    }

    /** Steps of the front desk, which the citizen knows as "the window" rather than by a department. */
    private static boolean atTheWindow(StepKind kind) {
        return kind == StepKind.ACCEPTANCE || kind == StepKind.DELIVERY || kind == StepKind.MATERIALS;
    }
}
