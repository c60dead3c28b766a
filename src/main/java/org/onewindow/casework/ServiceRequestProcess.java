package org.onewindow.casework;

/** Names in {@code processes/service-request.bpmn}: the process key, its task keys and variables. */
public final class ServiceRequestProcess {

    public static final String KEY = "serviceRequest";

    public static final String TASK_ACCEPTANCE_REVIEW = "user_task_acceptance_review";
    public static final String TASK_REVIEW_BY_LEAD_DEPARTMENT = "user_task_review_by_lead_department";
    public static final String TASK_JOINT_REVIEW = "user_task_joint_review";
    public static final String TASK_DECISION_BY_LEAD_DEPARTMENT = "user_task_decision_by_lead_department";
    public static final String TASK_RESULT_DELIVERY = "user_task_result_delivery";
    public static final String TASK_RECEIVE_MISSING_MATERIALS = "user_task_receive_missing_materials";
    public static final String TASK_CONSULTATION = "user_task_consultation";

    public static final String END_CLOSED = "end_event_case_closed";
    public static final String END_CLOSED_AT_WINDOW = "end_event_case_closed_at_window";

    /** Starts the consultation event subprocess; carries {@link #VAR_CONSULTED_DEPARTMENT} and its due date. */
    public static final String MESSAGE_CONSULTATION_REQUESTED = "ConsultationRequested";
    public static final String VAR_CONSULTED_DEPARTMENT = "consultedDepartment";
    public static final String VAR_CONSULTATION_DUE_DATE = "consultationDueDate";

    public static final String VAR_CASE_NUMBER = "caseNumber";
    public static final String VAR_SERVICE_ITEM_CODE = "serviceItemCode";
    /** The catalog version the case was registered with; missing in processes started before versions existed. */
    public static final String VAR_SERVICE_ITEM_VERSION = "serviceItemVersion";
    public static final String VAR_LEAD_DEPARTMENT = "leadDepartment";
    /** Comma-separated department codes; empty when the item needs no joint review. */
    public static final String VAR_COLLABORATING_DEPARTMENTS = "collaboratingDepartments";
    public static final String VAR_CASE_DUE_DATE = "caseDueDate";
    public static final String VAR_REGISTERED_BY = "registeredBy";
    public static final String VAR_DECISION = "decision";
    /**
     * {@code true} for an instant item (即办件): the acceptance review decides it ({@link #VAR_DECISION}) and the case
     * closes at the window ({@link #END_CLOSED_AT_WINDOW}). Absent on cases started before instant items existed.
     */
    public static final String VAR_INSTANT_ITEM = "instantItem";
    /**
     * {@code true} for a case registered at the window (not an instant item): the registration was the acceptance, so
     * the case skips {@link #TASK_ACCEPTANCE_REVIEW} and starts at the lead department. Absent on online requests and
     * on cases started before it existed, which take the acceptance review.
     */
    public static final String VAR_ACCEPTED_AT_WINDOW = "acceptedAtWindow";
    /** Username of the front-desk staff member who confirmed the delivery of the result. */
    public static final String VAR_DELIVERED_BY = "deliveredBy";
    /** Set by acceptance review and lead review: {@code false} sends the case to wait for materials. */
    public static final String VAR_MATERIALS_COMPLETE = "materialsComplete";
    /** The step that returned the case for materials, where it resumes. */
    public static final String VAR_RETURNED_FROM = "returnedFrom";
    /** When the case is withdrawn if the materials have not come (a Date, for the boundary timer). */
    public static final String VAR_MATERIALS_DEADLINE = "materialsDeadline";

    /** Candidate group of the front-desk steps: a role group rather than a department. */
    public static final String GROUP_FRONT_DESK = "FRONT_DESK";

    private ServiceRequestProcess() {
    }
}
