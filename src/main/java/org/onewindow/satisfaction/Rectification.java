package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.List;

/**
 * The handling of one bad review: verification with the citizen, an appeal if the department made one,
 * the rectification, and the feedback to the citizen. Times are null until the step happened.
 *
 * @param reviews the citizen's answers, the bad review first and any supplementary review after it
 */
public record Rectification(String caseNumber, String serviceItemName, String departmentCode,
        RectificationStage stage, Instant openedAt, Instant verifyDueAt, Instant verifyEscalatedAt,
        Instant verifiedAt, String verifiedBy, Verdict verdict, String verificationNote, Appeal appeal,
        Instant rectifyDueAt, Instant rectifyEscalatedAt, Instant rectifiedAt, String rectifiedBy, String measures,
        Instant fedBackAt, List<CitizenReview> reviews) {

    /** The step waiting now is past its due date. */
    public boolean overdue(Instant now) {
        return switch (stage) {
            case VERIFYING -> now.isAfter(verifyDueAt);
            case RECTIFYING -> rectifyDueAt != null && now.isAfter(rectifyDueAt);
            default -> false;
        };
    }

    public Instant dueAt() {
        return switch (stage) {
            case VERIFYING -> verifyDueAt;
            case RECTIFYING -> rectifyDueAt;
            default -> null;
        };
    }
}
