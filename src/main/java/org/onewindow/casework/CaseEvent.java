package org.onewindow.casework;

import java.time.Instant;

/**
 * Something that happened to a case outside its regular steps: a step escalated, reassigned, transferred, flagged at
 * risk, or a new lookup code given at the window (no step nor department then).
 */
public record CaseEvent(String caseNumber, Kind kind, String taskName, String departmentCode, String actor,
        String detail, Instant createdAt) {

    public enum Kind {
        AT_RISK, ESCALATED, REASSIGNED, TRANSFERRED, LOOKUP_CODE_REISSUED
    }
}
