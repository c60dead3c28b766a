package org.onewindow.satisfaction;

import java.util.Optional;

/** Survey invitations, their links and answers. */
public interface SatisfactionService {

    /**
     * The first step of the follow-up: tells the citizen by SMS that the case is closed, with a new survey
     * link in the same message, creating the invitation unless the result notice did already (see
     * {@link ResultNoticeService}). When the survey was answered before (with the notice or at the kiosk), the
     * message has no link. Returns until when the survey can be answered.
     */
    java.time.Instant invite(String caseNumber);

    /** The overall rating the case's survey got, by whatever channel; empty while it is unanswered. */
    Optional<Rating> rating(String caseNumber);

    /**
     * What a survey link leads to: the survey, or after it was answered the supplementary review.
     *
     * @throws SurveyUnavailableException for an unknown or expired token, or one whose supplementary review is done
     */
    SurveyInvitation open(String token);

    /**
     * A supplementary review (追评): once, after the survey was answered and while the link is valid. It is
     * stored beside the first answers, which stay as they were.
     */
    void supplement(String token, SupplementaryReview review);

    /**
     * The citizen's answers through the link (or the kiosk): stored once, the token is used up, and the
     * follow-up process learns whether it was a bad review.
     */
    void submit(String token, SurveyAnswers answers, AnswerChannel channel);

    /** Follow-up staff: the citizens to call, oldest closing first. */
    java.util.List<PhoneCall> pendingPhoneCalls();

    /** Follow-up staff record the answers the citizen gave on the phone. */
    void recordByPhone(String caseNumber, SurveyAnswers answers);

    /** Follow-up staff could not reach the citizen this time; returns the attempts so far. */
    int recordUnreachableAttempt(String caseNumber);

    /**
     * An evaluation from the provincial evaluation platform (channel PROVINCE), stored like any other answer with the
     * published PROVINCE indicator set. It answers the case's survey when that still waits (the follow-up moves on);
     * otherwise it is stored as a further evaluation, and a bad one starts a rectification unless the case has one.
     * Called by the exchange's callback, which authenticated the platform; returns the stored answer's id.
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown case
     * @throws org.onewindow.shared.BusinessRuleException for a case not closed, or an evaluation given later than
     *     the evaluation period after the closing
     * @throws org.onewindow.shared.InvalidInputException for a rating out of 1–5 or indicators not of the set
     */
    long recordFromProvince(ProvinceEvaluation evaluation);
}
