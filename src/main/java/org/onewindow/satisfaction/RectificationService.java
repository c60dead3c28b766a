package org.onewindow.satisfaction;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Bad reviews and their rectification. Department heads handle their own departments' reviews; managers see
 * all of them and decide appeals; follow-up staff read them all, to call citizens. Individual answers are shown
 * only to those who handle them.
 */
public interface RectificationService {

    /** Rectifications still open (verifying, appealed, rectifying), the most urgent first: a head's own departments, a manager's all. */
    List<Rectification> openRectifications();

    /** Rectifications fed back or excluded, newest first, for the same people. */
    List<Rectification> finishedRectifications(int limit);

    /**
     * The rectification, with what the signed-in staff member may do on it now ({@link Rectification#mayVerify}
     * and the other flags); screens offer the steps by these.
     *
     * @throws org.onewindow.shared.NotFoundException when the case has no rectification
     * @throws org.springframework.security.access.AccessDeniedException for a head of another department
     */
    Rectification rectification(String caseNumber);

    /**
     * The citizen's mobile number, to call them about the bad review: for the heads of the department handling it
     * and for follow-up staff, while it is being handled (verifying, appealed, rectifying): see
     * {@link Rectification#mayRevealMobile}. Every reveal is kept
     * with who and when, {@link #mobileReveals shown} beside the review.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     * @throws org.onewindow.shared.NotFoundException when the case has no rectification
     * @throws org.onewindow.shared.BusinessRuleException when the review was handled already, or the case has no
     *     mobile number
     */
    String revealMobile(String caseNumber);

    /** Who was shown the citizen's number and when, newest first, for those who may read the rectification. */
    List<MobileReveal> mobileReveals(String caseNumber);

    /** The head of the lead department records the verification with the citizen. */
    void verify(String caseNumber, Verification verification);

    /** The head of the lead department records the measures taken. */
    void rectify(String caseNumber, RectificationMeasures measures);

    /** A manager decides a department's appeal; an upheld appeal excludes the review from statistics. */
    void decideAppeal(String caseNumber, boolean upheld, AppealDecision decision);

    /**
     * Follow-up staff record the call-back the jurisdiction requires at the end of every bad review
     * ({@link JurisdictionRules#callBackRequired}): whether they reached the citizen and what was said. Once.
     *
     * @throws org.onewindow.shared.InvalidInputException when it is not said whether the citizen was reached, or
     *     what was said is missing or too long
     * @throws org.onewindow.shared.BusinessRuleException when no call-back is waiting (recorded, or not required)
     */
    void recordCallBack(String caseNumber, CallBack callBack);

    /**
     * The citizen's answers on a case, for those who {@link #maySeeReviews may see them}; empty when the case has
     * none. Other staff see aggregates only (reports), so nobody can retaliate against a rating.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    List<CitizenReview> reviewsOf(String caseNumber);

    /**
     * Whether the signed-in staff member may see the citizen's individual answers on this case: follow-up staff and
     * managers always; a department head only when the case has a bad-review rectification and they are a head of
     * the department handling it; nobody else (case workers, the front desk, heads of cases without one).
     */
    boolean maySeeReviews(String caseNumber);

    /**
     * The answers of those of the given cases whose answers the signed-in staff member {@link #maySeeReviews may
     * see}, by case number; cases without answers, or hidden from them, are left out.
     */
    Map<String, List<CitizenReview>> visibleReviewsOf(Collection<String> caseNumbers);

    /**
     * The open rectifications (verifying, appealed, rectifying) of the given cases, the earliest due first, as
     * {@link RectificationSummary summaries}: whether and where a case's bad review is being handled, not what was
     * said. For staff who serve citizens (front desk, departments, follow-up, managers).
     */
    List<RectificationSummary> openRectificationsOf(Collection<String> caseNumbers);
}
