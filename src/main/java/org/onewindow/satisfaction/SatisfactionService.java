package org.onewindow.satisfaction;

import java.util.Map;

/** Survey invitations and answers. */
public interface SatisfactionService {

    /**
     * Creates the invitation of a closed case and sends its link to the citizen; returns the token, which is
     * stored only as a hash and cannot be read back.
     */
    String invite(String caseNumber);

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
    void supplement(String token, Rating overall, String comment);

    /** Field → message for every problem of the answers; empty when they can be submitted. */
    Map<String, String> validate(SurveyAnswers answers);

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
}
