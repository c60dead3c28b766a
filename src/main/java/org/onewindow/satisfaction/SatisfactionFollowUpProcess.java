package org.onewindow.satisfaction;

/** Names in {@code processes/satisfaction-follow-up.bpmn}. */
public final class SatisfactionFollowUpProcess {

    public static final String KEY = "satisfactionFollowUp";
    public static final String MESSAGE_SURVEY_ANSWERED = "SurveyAnswered";
    public static final String TASK_PHONE_FOLLOW_UP = "user_task_phone_follow_up";
    public static final String VAR_SURVEY_REMINDER_DATE = "surveyReminderDate";
    public static final String VAR_SURVEY_EXPIRES_AT = "surveyExpiresAt";
    public static final String VAR_BAD_REVIEW = "badReview";
    public static final String VAR_REACHED = "reached";
    /**
     * Set by the first step: the citizen answered before it ran (with the printed result notice or at the
     * window kiosk), so the follow-up does not wait for an answer it already has.
     */
    public static final String VAR_ANSWERED_ALREADY = "answeredAlready";

    private SatisfactionFollowUpProcess() {
    }
}
