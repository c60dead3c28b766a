package org.onewindow.casework;

import java.time.Instant;
import java.util.List;

import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.MissingMaterials;
import org.onewindow.intake.Outcome;

/**
 * A case on the public progress page: where it stands, its steps done, in progress and to come, its due date,
 * what the citizen still has to bring, and the result once closed. Anyone with the receipt reads this, so it
 * names no person: no citizen name, ID number or phone, no staff member.
 *
 * @param outcome the decision once the case is closed; {@code null} before, and for a withdrawn case
 * @param reason the reasons of a rejection, or why the case was withdrawn; {@code null} otherwise
 * @param missingMaterials the open one-time notice while the case waits for materials; {@code null} otherwise
 * @param steps done and in progress in the order they began, then those still to come
 */
public record CaseProgress(String caseNumber, String serviceItemName, String leadDepartmentName, CaseStatus status,
        Instant acceptedAt, Instant dueAt, Instant closedAt, Outcome outcome, String reason,
        MissingMaterials missingMaterials, List<ProgressStep> steps) {

    public CaseProgress {
        steps = List.copyOf(steps);
    }
}
