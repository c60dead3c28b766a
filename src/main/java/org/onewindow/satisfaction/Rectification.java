package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * The handling of one bad review: verification with the citizen, an appeal if the department made one,
 * the rectification, and the feedback to the citizen. Times are null until the step happened.
 *
 * @param serviceItemName the item's Chinese name, as the case's version named it, copied at the opening
 * @param reviews the citizen's answers, the bad review first and any supplementary review after it
 * @param mayVerify the reader may record the verification now (a head of the department, while verifying)
 * @param mayRectify the reader may record the measures now (a head of the department, while rectifying)
 * @param mayDecideAppeal the reader may decide the department's appeal now (a manager, while appealed)
 * @param mayRevealMobile the reader may have the citizen's mobile number shown now (a head of the department or
 *     follow-up staff, while the review is being handled)
 * @param serviceItemNameEn the item's English name in that version
 * @param callBack the call-back where the jurisdiction requires one, once it is due; null otherwise
 * @param mayCallBack the reader may record the call-back now (follow-up staff, while it is pending)
 */
public record Rectification(String caseNumber, String serviceItemName, String departmentCode,
        RectificationStage stage, Instant openedAt, Instant verifyDueAt, Instant verifyEscalatedAt,
        Instant verifiedAt, String verifiedBy, Verdict verdict, String verificationNote, Appeal appeal,
        Instant rectifyDueAt, Instant rectifyEscalatedAt, Instant rectifiedAt, String rectifiedBy, String measures,
        Instant fedBackAt, List<CitizenReview> reviews, boolean mayVerify, boolean mayRectify,
        boolean mayDecideAppeal, boolean mayRevealMobile, String serviceItemNameEn, CitizenCallBack callBack,
        boolean mayCallBack) {

    /** The rectification as stored, before anyone's permissions are asked: nobody may act on it. */
    public Rectification(String caseNumber, String serviceItemName, String departmentCode,
            RectificationStage stage, Instant openedAt, Instant verifyDueAt, Instant verifyEscalatedAt,
            Instant verifiedAt, String verifiedBy, Verdict verdict, String verificationNote, Appeal appeal,
            Instant rectifyDueAt, Instant rectifyEscalatedAt, Instant rectifiedAt, String rectifiedBy,
            String measures, Instant fedBackAt, List<CitizenReview> reviews, String serviceItemNameEn,
            CitizenCallBack callBack) {
        this(caseNumber, serviceItemName, departmentCode, stage, openedAt, verifyDueAt, verifyEscalatedAt,
                verifiedAt, verifiedBy, verdict, verificationNote, appeal, rectifyDueAt, rectifyEscalatedAt,
                rectifiedAt, rectifiedBy, measures, fedBackAt, reviews, false, false, false, false, serviceItemNameEn,
                callBack, false);
    }

    /** The rectification as stored, without a call-back, before anyone's permissions are asked: nobody may act on it. */
    public Rectification(String caseNumber, String serviceItemName, String departmentCode,
            RectificationStage stage, Instant openedAt, Instant verifyDueAt, Instant verifyEscalatedAt,
            Instant verifiedAt, String verifiedBy, Verdict verdict, String verificationNote, Appeal appeal,
            Instant rectifyDueAt, Instant rectifyEscalatedAt, Instant rectifiedAt, String rectifiedBy,
            String measures, Instant fedBackAt, List<CitizenReview> reviews, String serviceItemNameEn) {
        this(caseNumber, serviceItemName, departmentCode, stage, openedAt, verifyDueAt, verifyEscalatedAt,
                verifiedAt, verifiedBy, verdict, verificationNote, appeal, rectifyDueAt, rectifyEscalatedAt,
                rectifiedAt, rectifiedBy, measures, fedBackAt, reviews, false, false, false, false, serviceItemNameEn,
                null, false);
    }

    /** An item named the same in both languages, as screens' tests build it. */
    public Rectification(String caseNumber, String serviceItemName, String departmentCode,
            RectificationStage stage, Instant openedAt, Instant verifyDueAt, Instant verifyEscalatedAt,
            Instant verifiedAt, String verifiedBy, Verdict verdict, String verificationNote, Appeal appeal,
            Instant rectifyDueAt, Instant rectifyEscalatedAt, Instant rectifiedAt, String rectifiedBy,
            String measures, Instant fedBackAt, List<CitizenReview> reviews) {
        this(caseNumber, serviceItemName, departmentCode, stage, openedAt, verifyDueAt, verifyEscalatedAt,
                verifiedAt, verifiedBy, verdict, verificationNote, appeal, rectifyDueAt, rectifyEscalatedAt,
                rectifiedAt, rectifiedBy, measures, fedBackAt, reviews, serviceItemName);
    }

    /**
     * The item's name in the reader's language; the Chinese one for a rectification opened before the English
     * name was kept with it and whose case had none.
     */
    public String serviceItemName(Locale language) {
        boolean english = language != null && Translations.ENGLISH.equals(Translations.supported(language));
        return english && serviceItemNameEn != null && !serviceItemNameEn.isBlank() ? serviceItemNameEn
                : serviceItemName;
    }

    /** The same rectification with what the reader may do on it, which the service works out once per reader. */
    public Rectification withActions(boolean mayVerify, boolean mayRectify, boolean mayDecideAppeal,
            boolean mayRevealMobile, boolean mayCallBack) {
        return new Rectification(caseNumber, serviceItemName, departmentCode, stage, openedAt, verifyDueAt,
                verifyEscalatedAt, verifiedAt, verifiedBy, verdict, verificationNote, appeal, rectifyDueAt,
                rectifyEscalatedAt, rectifiedAt, rectifiedBy, measures, fedBackAt, reviews, mayVerify, mayRectify,
                mayDecideAppeal, mayRevealMobile, serviceItemNameEn, callBack, mayCallBack);
    }

    /** The call-back is due and not made yet. */
    public boolean callBackPending() {
        return callBack != null && callBack.pending();
    }

    /** The step waiting now is past its due date. */
    public boolean overdue(Instant now) {
        return switch (stage) {
            case VERIFYING -> now.isAfter(verifyDueAt);
            case RECTIFYING -> rectifyDueAt != null && now.isAfter(rectifyDueAt);
            default -> callBackPending() && now.isAfter(callBack.dueAt());
        };
    }

    public Instant dueAt() {
        return switch (stage) {
            case VERIFYING -> verifyDueAt;
            case RECTIFYING -> rectifyDueAt;
            default -> callBackPending() ? callBack.dueAt() : null;
        };
    }
}
