package org.onewindow.casework;

import static org.onewindow.casework.ServiceRequestProcess.*;

/** What a step asks of the person who does it, and so which form the task screen shows. */
public enum StepKind {
    ACCEPTANCE, REVIEW, JOINT_REVIEW, DECISION, DELIVERY, MATERIALS, CONSULTATION,
    /** The satisfaction follow-up's phone call (its process belongs to the satisfaction module). */
    PHONE_FOLLOW_UP;

    public static StepKind of(String taskKey) {
        return switch (taskKey) {
            case TASK_ACCEPTANCE_REVIEW -> ACCEPTANCE;
            case TASK_REVIEW_BY_LEAD_DEPARTMENT -> REVIEW;
            case TASK_JOINT_REVIEW -> JOINT_REVIEW;
            case TASK_DECISION_BY_LEAD_DEPARTMENT -> DECISION;
            case TASK_RESULT_DELIVERY -> DELIVERY;
            case TASK_RECEIVE_MISSING_MATERIALS -> MATERIALS;
            case TASK_CONSULTATION -> CONSULTATION;
            case "user_task_phone_follow_up" -> PHONE_FOLLOW_UP;
            default -> throw new IllegalArgumentException("Unknown step " + taskKey);
        };
    }
}
