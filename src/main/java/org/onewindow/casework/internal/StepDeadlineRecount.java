package org.onewindow.casework.internal;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.process.StepDeadlines;
import org.onewindow.catalog.WorkingDayCalendarChanged;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRecordService;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The holiday calendar changed: after intake has counted the cases' due dates again, the open steps get
 * their deadlines counted again from when they started, and their at-risk and overdue timers move with them.
 */
@Component
class StepDeadlineRecount {

    /** Timers of each step, by the step's task key (see the boundary events of service-request.bpmn). */
    private static final Map<String, String> TIMER_PREFIX = Map.of(
            ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT, "boundary_timer_lead_review",
            ServiceRequestProcess.TASK_JOINT_REVIEW, "boundary_timer_joint_review",
            ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT, "boundary_timer_decision");

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final OpenTaskStore openTasks;
    private final CaseRecordService intake;
    private final StepDeadlines deadlines;

    StepDeadlineRecount(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            OpenTaskStore openTasks, CaseRecordService intake, StepDeadlines deadlines) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.openTasks = openTasks;
        this.intake = intake;
        this.deadlines = deadlines;
    }

    @EventListener
    @Order(2)
    void on(WorkingDayCalendarChanged event) {
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ServiceRequestProcess.KEY).list()) {
            CaseDetails details = intake.caseDetails(instance.getBusinessKey()).orElse(null);
            if (details == null) {
                continue;
            }
            runtimeService.setVariable(instance.getId(), ServiceRequestProcess.VAR_CASE_DUE_DATE,
                    Date.from(details.dueAt()));
            for (InboxTask open : openTasks.byCase(details.caseNumber())) {
                recount(instance, details, open);
            }
        }
    }

    private void recount(ProcessInstance instance, CaseDetails details, InboxTask open) {
        if (!org.onewindow.casework.CaseworkProperties.DEFAULT_STEP_SHARES.containsKey(open.taskKey())) {
            return; // consultations and missing materials keep the dates they were given
        }
        var due = deadlines.due(details.serviceItemCode(), details.serviceItemVersion(), open.taskKey(),
                open.createdAt(), details.dueAt());
        Task task = taskService.createTaskQuery().taskId(open.taskId()).singleResult();
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
        String timers = TIMER_PREFIX.get(open.taskKey());
        if (timers != null) {
            moveTimer(instance, timers + "_at_risk", Date.from(deadlines.atRisk(due)));
            moveTimer(instance, timers + "_overdue", Date.from(due.plusSeconds(1)));
        }
    }

    private void moveTimer(ProcessInstance instance, String activityId, Date dueDate) {
        for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .list()) {
            managementService.setJobDuedate(job.getId(), dueDate);
        }
    }
}
