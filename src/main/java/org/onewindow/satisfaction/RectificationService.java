package org.onewindow.satisfaction;

import java.util.List;

/**
 * Bad reviews and their rectification. Department heads handle their own departments' reviews; managers see
 * all of them and decide appeals. Individual answers are shown only to those who handle them.
 */
public interface RectificationService {

    /** Rectifications still open (verifying, appealed, rectifying), the most urgent first: a head's own departments, a manager's all. */
    List<Rectification> openRectifications();

    /** Rectifications fed back or excluded, newest first, for the same people. */
    List<Rectification> finishedRectifications(int limit);

    /** @throws org.onewindow.shared.NotFoundException when the case has no rectification */
    Rectification rectification(String caseNumber);

    /** The head of the lead department records the verification with the citizen. */
    void verify(String caseNumber, Verdict verdict, String note, AppealGround appealGround);

    /** The head of the lead department records the measures taken. */
    void rectify(String caseNumber, String measures);

    /** A manager decides a department's appeal; an upheld appeal excludes the review from statistics. */
    void decideAppeal(String caseNumber, boolean upheld, String note);

    /**
     * The citizen's answers on a case, for follow-up staff, managers and the lead department's heads; empty
     * when the case has none. Other staff see aggregates only (reports), so nobody can retaliate.
     */
    List<CitizenReview> reviewsOf(String caseNumber);

    /** Whether the signed-in staff member may see the citizen's individual answers on this case. */
    boolean maySeeReviews(String caseNumber);
}
