package org.onewindow.satisfaction;

import java.util.Map;

/** Survey invitations and answers. */
public interface SatisfactionService {

    /**
     * Creates the invitation of a closed case and sends its link to the citizen; returns the token, which is
     * stored only as a hash and cannot be read back.
     */
    String invite(String caseNumber);

    /** What a survey link leads to. @throws SurveyUnavailableException for an unknown, used or expired token */
    SurveyInvitation open(String token);

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
