package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.List;

/**
 * The handling of one bad review: verification with the citizen, an appeal if the department made one,
 * the rectification, and the feedback to the citizen. Times are null until the step happened.
 *
 * @param reviews the citizen's answers, the bad review first and any supplementary review after it
 * @param mayVerify the reader may record the verification now (a head of the department, while verifying)
 * @param mayRectify the reader may record the measures now (a head of the department, while rectifying)
 * @param mayDecideAppeal the reader may decide the department's appeal now (a manager, while appealed)
 * @param mayRevealMobile the reader may have the citizen's mobile number shown now (a head of the department or
 *     follow-up staff, while the review is being handled)
 */
public record Rectification(String caseNumber, String serviceItemName, String departmentCode,
        RectificationStage stage, Instant openedAt, Instant verifyDueAt, Instant verifyEscalatedAt,
        Instant verifiedAt, String verifiedBy, Verdict verdict, String verificationNote, Appeal appeal,
        Instant rectifyDueAt, Instant rectifyEscalatedAt, Instant rectifiedAt, String rectifiedBy, String measures,
        Instant fedBackAt, List<CitizenReview> reviews, boolean mayVerify, boolean mayRectify,
        boolean mayDecideAppeal, boolean mayRevealMobile) {

    /** The rectification as stored, before anyone's permissions are asked: nobody may act on it. */
    public Rectification(String caseNumber, String serviceItemName, String departmentCode,
            RectificationStage stage, Instant openedAt, Instant verifyDueAt, Instant verifyEscalatedAt,
            Instant verifiedAt, String verifiedBy, Verdict verdict, String verificationNote, Appeal appeal,
            Instant rectifyDueAt, Instant rectifyEscalatedAt, Instant rectifiedAt, String rectifiedBy,
            String measures, Instant fedBackAt, List<CitizenReview> reviews) {
        this(caseNumber, serviceItemName, departmentCode, stage, openedAt, verifyDueAt, verifyEscalatedAt,
                verifiedAt, verifiedBy, verdict, verificationNote, appeal, rectifyDueAt, rectifyEscalatedAt,
                rectifiedAt, rectifiedBy, measures, fedBackAt, reviews, false, false, false, false);
    }

    /** The same rectification with what the reader may do on it, which the service works out once per reader. */
    public Rectification withActions(boolean mayVerify, boolean mayRectify, boolean mayDecideAppeal,
            boolean mayRevealMobile) {
        return new Rectification(caseNumber, serviceItemName, departmentCode, stage, openedAt, verifyDueAt,
                verifyEscalatedAt, verifiedAt, verifiedBy, verdict, verificationNote, appeal, rectifyDueAt,
                rectifyEscalatedAt, rectifiedAt, rectifiedBy, measures, fedBackAt, reviews, mayVerify, mayRectify,
                mayDecideAppeal, mayRevealMobile);
    }

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
