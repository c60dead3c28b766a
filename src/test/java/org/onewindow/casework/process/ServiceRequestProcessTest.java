package org.onewindow.casework.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.onewindow.casework.ServiceRequestProcess.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;

/** Every path of {@code serviceRequest}; the status listener is a mock, so the test sees each status change. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/service-request.bpmn")
class ServiceRequestProcessTest {

    private static final String CASE_NUMBER = "OW-20261128-00042";
    private CaseStatusListener statusListener;
    private MaterialsClockListener materialsClock;
    private StepDeadlines stepDeadlines;
    private FlagStepAtRiskDelegate flagAtRisk;
    private EscalateOverdueStepDelegate escalate;
    private static final Date AT_RISK = Date.from(Instant.parse("2026-12-02T15:59:59Z"));
    private static final Date OVERDUE = Date.from(Instant.parse("2026-12-03T16:00:00Z"));

    @BeforeEach
    void registerBeans() {
        statusListener = mock(CaseStatusListener.class);
        materialsClock = mock(MaterialsClockListener.class);
        Mocks.register("caseStatusListener", statusListener);
        Mocks.register("materialsClock", materialsClock);
        stepDeadlines = mock(StepDeadlines.class);
        when(stepDeadlines.dueFor(any(), anyString())).thenReturn(DUE);
        when(stepDeadlines.atRiskFor(any(), anyString())).thenReturn(AT_RISK);
        when(stepDeadlines.overdueFor(any(), anyString())).thenReturn(OVERDUE);
        Mocks.register("stepDeadlines", stepDeadlines);
        flagAtRisk = mock(FlagStepAtRiskDelegate.class);
        escalate = mock(EscalateOverdueStepDelegate.class);
        Mocks.register("flagStepAtRiskDelegate", flagAtRisk);
        Mocks.register("escalateOverdueStepDelegate", escalate);
        Mocks.register("caseVariables", new CaseVariables());
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    @Test
    void caseWithTwoCollaboratingDepartmentsGoesThroughParallelJointReview() {
        ProcessInstance instance = start("PSB,HRSS");

        assertThat(instance).isWaitingAt(TASK_ACCEPTANCE_REVIEW);
        assertThat(task(instance)).isAssignedTo("frontdesk");
        org.assertj.core.api.Assertions.assertThat(candidateGroupOf(task(instance))).isEqualTo(GROUP_FRONT_DESK);
        complete(task(instance));

        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT);
        assertThat(task(instance)).hasCandidateGroup("AMR").hasDueDate(DUE);
        complete(task(instance));

        List<Task> jointReviews = taskQuery().taskDefinitionKey(TASK_JOINT_REVIEW).list();
        org.assertj.core.api.Assertions.assertThat(jointReviews).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(jointReviews.stream().map(this::candidateGroupOf))
                .containsExactlyInAnyOrder("PSB", "HRSS");
        complete(jointReviews.get(0));
        assertThat(instance).isWaitingAt(TASK_JOINT_REVIEW);
        complete(jointReviews.get(1));

        assertThat(instance).isWaitingAt(TASK_DECISION_BY_LEAD_DEPARTMENT);
        assertThat(task(instance)).hasCandidateGroup("AMR");
        complete(task(instance), withVariables(VAR_DECISION, "APPROVED"));

        assertThat(instance).isWaitingAt(TASK_RESULT_DELIVERY);
        assertThat(task(instance)).hasCandidateGroup(GROUP_FRONT_DESK);
        complete(task(instance));

        assertThat(instance).isEnded().hasPassed(TASK_JOINT_REVIEW).hasPassed("end_event_case_closed");
        InOrder order = inOrder(statusListener);
        order.verify(statusListener).changeTo(any(), eq("IN_REVIEW"));
        order.verify(statusListener).changeTo(any(), eq("JOINT_REVIEW"));
        order.verify(statusListener).changeTo(any(), eq("IN_REVIEW"));
        order.verify(statusListener).changeTo(any(), eq("DECIDED"));
        order.verify(statusListener).closed(any());
    }

    @Test
    void caseRegisteredAtTheWindowIsAcceptedThereAndStartsAtTheLeadDepartment() {
        ProcessInstance instance = startAtWindow("");

        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT).hasPassed("gateway_accepted_at_window")
                .hasNotPassed(TASK_ACCEPTANCE_REVIEW);
        org.assertj.core.api.Assertions.assertThat(candidateGroupOf(task(instance))).isEqualTo("AMR");
        verify(statusListener).changeTo(any(), eq("IN_REVIEW"));
        complete(task(instance), withVariables(VAR_MATERIALS_COMPLETE, true));
        complete(task(instance), withVariables(VAR_DECISION, "APPROVED"));
        complete(task(instance));

        assertThat(instance).isEnded().hasPassed(END_CLOSED).hasNotPassed(TASK_ACCEPTANCE_REVIEW);
    }

    @Test
    void windowCaseReturnedByTheLeadDepartmentGoesBackThereNotToAnAcceptanceReview() {
        ProcessInstance instance = startAtWindow("HEALTH");
        complete(task(instance), returnedFrom(TASK_REVIEW_BY_LEAD_DEPARTMENT));

        assertThat(instance).isWaitingAt(TASK_RECEIVE_MISSING_MATERIALS);
        complete(task(instance));

        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT).hasNotPassed(TASK_ACCEPTANCE_REVIEW);
        complete(task(instance), withVariables(VAR_MATERIALS_COMPLETE, true));
        assertThat(instance).isWaitingAt(TASK_JOINT_REVIEW);
    }

    @Test
    void onlineRequestWaitsForTheAcceptanceReviewInTheFrontDeskQueue() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, CASE_NUMBER,
                withVariables(VAR_CASE_NUMBER, CASE_NUMBER, VAR_SERVICE_ITEM_CODE, "AMR-003", VAR_LEAD_DEPARTMENT,
                        "AMR", VAR_COLLABORATING_DEPARTMENTS, "", VAR_CASE_DUE_DATE, DUE, VAR_REGISTERED_BY, null,
                        VAR_INSTANT_ITEM, false, VAR_ACCEPTED_AT_WINDOW, false));

        assertThat(instance).isWaitingAt(TASK_ACCEPTANCE_REVIEW).hasNotPassed(TASK_REVIEW_BY_LEAD_DEPARTMENT);
        assertThat(task(instance)).isNotAssigned();
        org.assertj.core.api.Assertions.assertThat(candidateGroupOf(task(instance))).isEqualTo(GROUP_FRONT_DESK);
        complete(task(instance), withVariables(VAR_MATERIALS_COMPLETE, true));
        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT);
    }

    @Test
    void caseWithoutCollaboratingDepartmentsSkipsJointReview() {
        ProcessInstance instance = start("");
        complete(task(instance));
        complete(task(instance));

        assertThat(instance).isWaitingAt(TASK_DECISION_BY_LEAD_DEPARTMENT);
        complete(task(instance), withVariables(VAR_DECISION, "REJECTED"));
        complete(task(instance));

        assertThat(instance).isEnded().hasNotPassed(TASK_JOINT_REVIEW).hasPassed("gateway_joint_review_done");
        verify(statusListener, never()).changeTo(any(), eq("JOINT_REVIEW"));
        verify(statusListener).closed(any());
    }

    @Test
    void rejectedCaseIsStillDeliveredAndClosed() {
        ProcessInstance instance = start("HEALTH");
        complete(task(instance));
        complete(task(instance));
        complete(task(instance));
        complete(task(instance), withVariables(VAR_DECISION, "REJECTED"));

        assertThat(instance).isWaitingAt(TASK_RESULT_DELIVERY).variables().containsEntry(VAR_DECISION, "REJECTED");
        complete(task(instance));
        assertThat(instance).isEnded();
    }

    @Test
    void caseReturnedAtAcceptanceWaitsForMaterialsAndResumesThere() {
        ProcessInstance instance = start("");
        complete(task(instance), returnedFrom(TASK_ACCEPTANCE_REVIEW));

        assertThat(instance).isWaitingAt(TASK_RECEIVE_MISSING_MATERIALS);
        assertThat(task(instance)).hasDueDate(MATERIALS_DEADLINE);
        org.assertj.core.api.Assertions.assertThat(candidateGroupOf(task(instance))).isEqualTo(GROUP_FRONT_DESK);
        verify(statusListener).changeTo(any(), eq("WAITING_FOR_MATERIALS"));
        complete(task(instance));

        verify(materialsClock).resume(any());
        verify(statusListener).changeTo(any(), eq("ACCEPTED"));
        assertThat(instance).isWaitingAt(TASK_ACCEPTANCE_REVIEW);
        complete(task(instance), withVariables(VAR_MATERIALS_COMPLETE, true));
        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT);
    }

    @Test
    void caseReturnedByTheLeadDepartmentResumesAtItsReview() {
        ProcessInstance instance = start("HEALTH");
        complete(task(instance), withVariables(VAR_MATERIALS_COMPLETE, true));
        complete(task(instance), returnedFrom(TASK_REVIEW_BY_LEAD_DEPARTMENT));

        assertThat(instance).isWaitingAt(TASK_RECEIVE_MISSING_MATERIALS);
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT);
        complete(task(instance), withVariables(VAR_MATERIALS_COMPLETE, true));
        assertThat(instance).isWaitingAt(TASK_JOINT_REVIEW);
    }

    @Test
    void caseIsWithdrawnWhenTheMaterialsDoNotCome() {
        ProcessInstance instance = start("");
        complete(task(instance), returnedFrom(TASK_ACCEPTANCE_REVIEW));

        assertThat(instance).isWaitingAt(TASK_RECEIVE_MISSING_MATERIALS);
        assertThat(job(instance)).hasDueDate(MATERIALS_DEADLINE);
        execute(job(instance));

        assertThat(instance).isEnded().hasPassed("end_event_case_withdrawn").hasNotPassed("end_event_case_closed");
        verify(statusListener).withdrawn(any());
        verify(statusListener, never()).closed(any());
        verify(materialsClock, never()).resume(any());
    }

    @Test
    void overdueLeadReviewIsFlaggedAtRiskThenEscalatedAndStaysOpen() throws Exception {
        ProcessInstance instance = start("");
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT);
        verify(stepDeadlines).atRiskFor(any(), eq(TASK_REVIEW_BY_LEAD_DEPARTMENT));

        assertThat(timer(instance, "boundary_timer_lead_review_at_risk")).hasDueDate(AT_RISK);
        execute(timer(instance, "boundary_timer_lead_review_at_risk"));
        verify(flagAtRisk).execute(any());
        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT);

        assertThat(timer(instance, "boundary_timer_lead_review_overdue")).hasDueDate(OVERDUE);
        execute(timer(instance, "boundary_timer_lead_review_overdue"));
        verify(escalate).execute(any());
        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT)
                .hasPassed("end_event_lead_review_flagged_at_risk", "end_event_lead_review_escalated");

        // Completing the step cancels nothing else: the case moves on as usual.
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_DECISION_BY_LEAD_DEPARTMENT);
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId("boundary_timer_lead_review_overdue").count()).isZero();
    }

    @Test
    void jointReviewAndDecisionHaveTheirOwnDeadlineTimers() {
        ProcessInstance instance = start("PSB,HRSS");
        complete(task(instance));
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_JOINT_REVIEW);
        // One pair of timers for the whole joint review (they escalate every department still open).
        org.assertj.core.api.Assertions
                .assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                        .activityId("boundary_timer_joint_review_overdue").count())
                .isEqualTo(1);
        execute(timer(instance, "boundary_timer_joint_review_overdue"));
        verify(escalate).execute(any());
        taskQuery().taskDefinitionKey(TASK_JOINT_REVIEW).list().forEach(t -> complete(t));
        assertThat(instance).isWaitingAt(TASK_DECISION_BY_LEAD_DEPARTMENT);
        execute(timer(instance, "boundary_timer_decision_at_risk"));
        verify(flagAtRisk).execute(any());
    }

    @Test
    void consultationRunsBesideTheLeadReviewWithoutInterruptingIt() {
        ProcessInstance instance = start("");
        complete(task(instance));
        runtimeService().createMessageCorrelation(MESSAGE_CONSULTATION_REQUESTED)
                .processInstanceBusinessKey(CASE_NUMBER)
                .setVariableLocal(VAR_CONSULTED_DEPARTMENT, "CIVIL").setVariableLocal(VAR_CONSULTATION_DUE_DATE, DUE)
                .correlateWithResult();

        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT, TASK_CONSULTATION);
        Task consultation = taskQuery().taskDefinitionKey(TASK_CONSULTATION).singleResult();
        org.assertj.core.api.Assertions.assertThat(candidateGroupOf(consultation)).isEqualTo("CIVIL");
        assertThat(consultation).hasDueDate(DUE);
        complete(consultation);
        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT).hasPassed("end_event_consultation_answered");
    }

    private static org.camunda.bpm.engine.runtime.Job timer(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }

    @Test
    void instantItemIsDecidedInTheAcceptanceReviewAndClosesAtTheWindow() {
        ProcessInstance instance = startInstant();
        assertThat(instance).isWaitingAt(TASK_ACCEPTANCE_REVIEW);
        assertThat(task(instance)).isAssignedTo("frontdesk");

        complete(task(instance), withVariables(VAR_DECISION, "APPROVED"));

        assertThat(instance).isEnded().hasPassed(END_CLOSED_AT_WINDOW).hasNotPassed(TASK_REVIEW_BY_LEAD_DEPARTMENT,
                TASK_RESULT_DELIVERY, END_CLOSED);
        InOrder order = inOrder(statusListener);
        order.verify(statusListener).changeTo(any(), eq("DECIDED"));
        order.verify(statusListener).closed(any());
    }

    @Test
    void instantItemWithMaterialsMissingWaitsAndIsDecidedWhenTheyCome() {
        ProcessInstance instance = startInstant();
        complete(task(instance), returnedFrom(TASK_ACCEPTANCE_REVIEW));
        assertThat(instance).isWaitingAt(TASK_RECEIVE_MISSING_MATERIALS);
        verify(statusListener, never()).closed(any());

        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_ACCEPTANCE_REVIEW);
        complete(task(instance), withVariables(VAR_MATERIALS_COMPLETE, true, VAR_DECISION, "REJECTED"));

        assertThat(instance).isEnded().hasPassed(END_CLOSED_AT_WINDOW).hasNotPassed(TASK_REVIEW_BY_LEAD_DEPARTMENT);
        verify(statusListener).closed(any());
    }

    @Test
    void promisedItemGoesOnToTheLeadDepartmentWhenTheFlagIsFalse() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, CASE_NUMBER,
                withVariables(VAR_CASE_NUMBER, CASE_NUMBER, VAR_SERVICE_ITEM_CODE, "AMR-003", VAR_LEAD_DEPARTMENT,
                        "AMR", VAR_COLLABORATING_DEPARTMENTS, "", VAR_CASE_DUE_DATE, DUE, VAR_REGISTERED_BY,
                        "frontdesk", VAR_INSTANT_ITEM, false));
        complete(task(instance));
        assertThat(instance).isWaitingAt(TASK_REVIEW_BY_LEAD_DEPARTMENT);
    }

    private ProcessInstance startInstant() {
        return runtimeService().startProcessInstanceByKey(KEY, CASE_NUMBER,
                withVariables(VAR_CASE_NUMBER, CASE_NUMBER, VAR_SERVICE_ITEM_CODE, "HRSS-010", VAR_LEAD_DEPARTMENT,
                        "HRSS", VAR_COLLABORATING_DEPARTMENTS, "", VAR_CASE_DUE_DATE, DUE, VAR_REGISTERED_BY,
                        "frontdesk", VAR_INSTANT_ITEM, true));
    }

    private static final Date MATERIALS_DEADLINE = Date.from(Instant.parse("2027-01-11T15:59:59Z"));

    private static Map<String, Object> returnedFrom(String taskKey) {
        return withVariables(VAR_MATERIALS_COMPLETE, false, VAR_RETURNED_FROM, taskKey,
                VAR_MATERIALS_DEADLINE, MATERIALS_DEADLINE);
    }

    private static final Date DUE = Date.from(Instant.parse("2026-12-03T15:59:59Z"));

    private ProcessInstance start(String collaborating) {
        return runtimeService().startProcessInstanceByKey(KEY, CASE_NUMBER, Map.of(
                VAR_CASE_NUMBER, CASE_NUMBER,
                VAR_SERVICE_ITEM_CODE, "AMR-003",
                VAR_LEAD_DEPARTMENT, "AMR",
                VAR_COLLABORATING_DEPARTMENTS, collaborating,
                VAR_CASE_DUE_DATE, DUE,
                VAR_REGISTERED_BY, "frontdesk"));
    }

    /** As {@code CaseProcessStarter} starts a case registered at the window that is not an instant item. */
    private ProcessInstance startAtWindow(String collaborating) {
        return runtimeService().startProcessInstanceByKey(KEY, CASE_NUMBER,
                withVariables(VAR_CASE_NUMBER, CASE_NUMBER, VAR_SERVICE_ITEM_CODE, "AMR-003", VAR_LEAD_DEPARTMENT,
                        "AMR", VAR_COLLABORATING_DEPARTMENTS, collaborating, VAR_CASE_DUE_DATE, DUE,
                        VAR_REGISTERED_BY, "frontdesk", VAR_INSTANT_ITEM, false, VAR_ACCEPTED_AT_WINDOW, true));
    }

    private String candidateGroupOf(Task task) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService()
                .getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
    }
}
