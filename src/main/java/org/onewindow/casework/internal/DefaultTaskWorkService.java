package org.onewindow.casework.internal;

import static org.onewindow.casework.internal.StepLookup.requireLength;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.Consultation;
import org.onewindow.casework.Decision;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.Opinion;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepKind;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.casework.Transfer;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseLifecycleService;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acting on steps, in one transaction per command: reading a step, claiming, releasing, reassigning, transferring
 * and asking for a consultation. The commands that complete a step are {@link StepCompletions}'; every command
 * finds its step through {@link StepLookup}.
 */
@Service("transactionalTaskWorkService")
@Transactional
class DefaultTaskWorkService implements TaskWorkService {

    private static final Logger log = LoggerFactory.getLogger(DefaultTaskWorkService.class);

    /** The step name of a consultation request: the name of the consultation's start event in the BPMN. */
    static final String CONSULTATION_REQUESTED = "Consultation requested";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final OpenTaskStore openTasks;
    private final OpinionStore opinions;
    private final CaseMaterialsService intake;
    private final CaseRecordService caseRecords;
    private final CaseLifecycleService lifecycle;
    private final CurrentStaff currentStaff;
    private final TaskAccessPolicy policy;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final DirectoryService directory;
    private final CaseEventStore caseEvents;
    private final StepCommandValidator validator;
    private final StepLookup steps;
    private final StepCompletions completions;

    DefaultTaskWorkService(TaskService taskService, RuntimeService runtimeService, OpenTaskStore openTasks,
            OpinionStore opinions, CaseMaterialsService intake, CaseRecordService caseRecords,
            CaseLifecycleService lifecycle, CurrentStaff currentStaff, TaskAccessPolicy policy, Clock clock,
            WorkingDayCalendar calendar, DirectoryService directory, CaseEventStore caseEvents,
            StepCommandValidator validator, StepLookup steps, StepCompletions completions) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.openTasks = openTasks;
        this.opinions = opinions;
        this.intake = intake;
        this.caseRecords = caseRecords;
        this.lifecycle = lifecycle;
        this.currentStaff = currentStaff;
        this.policy = policy;
        this.clock = clock;
        this.calendar = calendar;
        this.directory = directory;
        this.caseEvents = caseEvents;
        this.validator = validator;
        this.steps = steps;
        this.completions = completions;
    }

    @Override
    @Transactional(readOnly = true)
    public TaskDetails details(String taskId) {
        StaffMember staff = currentStaff.require();
        InboxTask task = steps.visibleTask(staff, taskId);
        CaseDetails caseDetails = caseRecords.caseDetails(task.caseNumber()).orElseThrow();
        return new TaskDetails(task, caseDetails, opinions.forCase(task.caseNumber()),
                intake.materialsNotices(task.caseNumber()), policy.mayClaim(staff, task),
                policy.mayComplete(staff, task), policy.mayUnclaim(staff, task), policy.mayTransfer(staff, task),
                task.stepKind() == StepKind.ACCEPTANCE && steps.instantItem(taskId));
    }

    @Override
    public void claim(String taskId) {
        StaffMember staff = currentStaff.require();
        InboxTask task = steps.visibleTask(staff, taskId);
        if (task.isClaimed()) {
            throw StepLookup.alreadyClaimed(task.assignee(), staff);
        }
        if (!policy.mayClaim(staff, task)) {
            throw new AccessDeniedException(Translations.current("casework.error.otherQueue"));
        }
        try {
            taskService.claim(taskId, staff.username());
            log.info("Step {} claimed by {}", task.taskKey(), staff.username());
        } catch (TaskAlreadyClaimedException e) {
            throw StepLookup.alreadyClaimed(e.getTaskAssignee(), staff);
        } catch (OptimisticLockingException | ObjectOptimisticLockingFailureException e) {
            // Two people pressed "Claim" at the same moment; the other one was faster.
            throw new EngineConflictException(Translations.current("casework.error.claimedMomentAgo"));
        }
    }

    @Override
    public void unclaim(String taskId) {
        StaffMember staff = currentStaff.require();
        InboxTask task = steps.visibleTask(staff, taskId);
        if (!policy.mayUnclaim(staff, task)) {
            throw new AccessDeniedException(Translations.current("casework.error.releaseRefused"));
        }
        taskService.setAssignee(taskId, null);
    }

    @Override
    public void reassign(String taskId, String username) {
        StaffMember head = currentStaff.require();
        InboxTask task = steps.visibleTask(head, taskId);
        if (!policy.mayReassign(head, task)) {
            throw new AccessDeniedException(
                    Translations.current("casework.error.reassignRefused", task.candidateGroup()));
        }
        StaffMember member = directory.staff(username).filter(candidate -> policy.mayBeGiven(candidate, task))
                .orElseThrow(
                        () -> new BusinessRuleException(Translations.current("casework.error.notActiveWorker", username,
                                task.candidateGroup())));
        taskService.setAssignee(taskId, member.username());
        caseEvents.record(new CaseEvent(task.caseNumber(), CaseEvent.Kind.REASSIGNED, task.taskName(),
                task.candidateGroup(), head.username(), task.assignee() == null
                        ? Translations.current("casework.event.reassignedUnclaimed", member.username())
                        : Translations.current("casework.event.reassigned", task.assignee(), member.username()),
                clock.instant()), taskId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> reassignCandidates(String taskId) {
        StaffMember head = currentStaff.require();
        InboxTask task = steps.visibleTask(head, taskId);
        if (!policy.mayReassign(head, task)) {
            throw new AccessDeniedException(
                    Translations.current("casework.error.reassignRefused", task.candidateGroup()));
        }
        return directory.membersOf(task.candidateGroup()).stream().filter(member -> policy.mayBeGiven(member, task))
                .filter(member -> !member.username().equals(task.assignee())).toList();
    }

    @Override
    public void transfer(String taskId, Transfer transfer) {
        StaffMember staff = currentStaff.require();
        InboxTask task = steps.visibleTask(staff, taskId);
        if (!policy.mayTransfer(staff, task)) {
            throw new AccessDeniedException(Translations.current("casework.error.transferRefused"));
        }
        validator.check(transfer, task.candidateGroup());
        String departmentCode = transfer.departmentCode();
        boolean leadStep = task.stepKind() == StepKind.REVIEW || task.stepKind() == StepKind.DECISION;
        taskService.deleteCandidateGroup(taskId, task.candidateGroup());
        taskService.addCandidateGroup(taskId, departmentCode);
        if (task.assignee() != null) {
            taskService.setAssignee(taskId, null);
        }
        if (leadStep) {
            // The decision and later steps follow the new lead department.
            taskService.setVariable(taskId, ServiceRequestProcess.VAR_LEAD_DEPARTMENT, departmentCode);
        }
        // Identity-link changes raise no task event, so the inbox row is moved here, in the same transaction.
        openTasks.moveToQueue(taskId, departmentCode);
        lifecycle.moveDepartment(task.caseNumber(), task.candidateGroup(), departmentCode, leadStep);
        caseEvents.record(new CaseEvent(task.caseNumber(), CaseEvent.Kind.TRANSFERRED, task.taskName(),
                task.candidateGroup(), staff.username(), Translations.current("casework.event.transferred",
                        directory.departmentName(departmentCode), requireLength(transfer.reason().trim())),
                clock.instant()), taskId);
    }

    @Override
    public void requestConsultation(String taskId, Consultation consultation) {
        StaffMember staff = currentStaff.require();
        InboxTask task = steps.ownedTask(taskId);
        if (task.stepKind() != StepKind.REVIEW && task.stepKind() != StepKind.DECISION) {
            throw new BusinessRuleException(Translations.current("casework.error.consultationStep"));
        }
        validator.check(consultation, task.candidateGroup());
        String departmentCode = consultation.departmentCode();
        Instant due = calendar.deadline(clock.instant(), consultation.workingDays());
        runtimeService.createMessageCorrelation(ServiceRequestProcess.MESSAGE_CONSULTATION_REQUESTED)
                .processInstanceBusinessKey(task.caseNumber())
                .setVariableLocal(ServiceRequestProcess.VAR_CONSULTED_DEPARTMENT, departmentCode)
                .setVariableLocal(ServiceRequestProcess.VAR_CONSULTATION_DUE_DATE, Date.from(due))
                .correlateWithResult();
        // Recorded under the asking step's key; the name is the start event's, which screens translate.
        opinions.record(taskId, new Opinion(task.caseNumber(), task.taskKey(), CONSULTATION_REQUESTED,
                StepKind.CONSULTATION, task.candidateGroup(), staff.displayName(), null,
                Translations.current("casework.opinion.asked", directory.departmentName(departmentCode),
                        requireLength(consultation.question().trim())),
                clock.instant()), staff.username());
    }

    @Override
    public void confirmAcceptance(String taskId, String remark) {
        completions.confirmAcceptance(taskId, remark);
    }

    @Override
    public void submitOpinion(String taskId, StepOpinion opinion) {
        completions.submitOpinion(taskId, opinion);
    }

    @Override
    public void decide(String taskId, Decision decision) {
        completions.decide(taskId, decision);
    }

    @Override
    public void decideAtWindow(String taskId, Decision decision) {
        completions.decideAtWindow(taskId, decision);
    }

    @Override
    public void confirmDelivery(String taskId, Delivery delivery) {
        completions.confirmDelivery(taskId, delivery);
    }

    @Override
    public MaterialsNotice returnForMaterials(String taskId, MaterialsRequest request) {
        return completions.returnForMaterials(taskId, request);
    }

    @Override
    public void confirmMaterialsReceived(String taskId, List<String> received) {
        completions.confirmMaterialsReceived(taskId, received);
    }
}
