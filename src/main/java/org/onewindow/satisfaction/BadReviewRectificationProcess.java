package org.onewindow.satisfaction;

/** Names in {@code processes/bad-review-rectification.bpmn}. */
public final class BadReviewRectificationProcess {

    public static final String KEY = "badReviewRectification";
    public static final String MESSAGE_SUPPLEMENTARY_REVIEW_GIVEN = "SupplementaryReviewGiven";
    public static final String TASK_VERIFY = "user_task_verify_bad_review";
    public static final String TASK_DECIDE_APPEAL = "user_task_decide_appeal";
    public static final String TASK_RECTIFY = "user_task_rectify";
    public static final String ACTIVITY_ESCALATE_VERIFICATION = "service_task_escalate_verification";
    /** Follow-up staff call the citizen back, where the jurisdiction requires it. */
    public static final String TASK_CALL_BACK = "user_task_call_back_citizen";
    public static final String ACTIVITY_OPEN_CALL_BACK = "service_task_open_call_back";
    public static final String ACTIVITY_ESCALATE_CALL_BACK = "service_task_escalate_call_back";
    /** Set at the start from {@link JurisdictionRules#callBackRequired}: a later change of the rule leaves it. */
    public static final String VAR_CALL_BACK_REQUIRED = "callBackRequired";
    public static final String VAR_CALL_BACK_DUE_DATE = "callBackDueDate";
    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_DEPARTMENT_CODE = "departmentCode";
    public static final String VAR_VERIFY_DUE_DATE = "verifyDueDate";
    public static final String VAR_RECTIFY_DUE_DATE = "rectifyDueDate";
    public static final String VAR_VERDICT = "verdict";
    public static final String VAR_APPEAL_UPHELD = "appealUpheld";
    public static final String VAR_SUPPLEMENTARY_REVIEW_DEADLINE = "supplementaryReviewDeadline";
    /**
     * The stage of the bad review ({@link EvaluationStage} name), set when the process is started for it; absent
     * (the closing's) when the follow-up calls the process.
     */
    public static final String VAR_EVALUATION_STAGE = "evaluationStage";
    /**
     * Set by the opening: the case has a rectification already (one per case covers all its bad reviews), so this
     * instance ends at once.
     */
    public static final String VAR_ALREADY_RECTIFYING = "alreadyRectifying";
    /**
     * Set by the feedback: false when the citizen gets no supplementary review (a bad evaluation of the acceptance,
     * which is answered once; the closing's evaluation is the citizen's next say), so the process ends there.
     */
    public static final String VAR_SUPPLEMENTARY_REVIEW = "supplementaryReview";
    public static final String END_ALREADY_RECTIFYING = "end_event_already_rectifying";
    public static final String END_WITHOUT_SUPPLEMENTARY_REVIEW = "end_event_fed_back_without_supplementary_review";

    private BadReviewRectificationProcess() {
    }
}
