package org.onewindow.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.CaseworkProperties;
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
import org.onewindow.intake.Outcome;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.CaseLogContext;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service("transactionalTaskWorkService")
@Transactional
class DefaultTaskWorkService implements TaskWorkService {

    private static final Logger log = LoggerFactory.getLogger(DefaultTaskWorkService.class);

    static final int MAX_TEXT = 4000;
    /** The step name of a consultation request: the name of the consultation's start event in the BPMN. */
    static final String CONSULTATION_REQUESTED = "Consultation requested";

    private final TaskService taskService;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;
    private final OpenTaskStore openTasks;
    private final OpinionStore opinions;
    private final CaseMaterialsService intake;
    private final CaseRecordService caseRecords;
    private final CaseLifecycleService lifecycle;
    private final CurrentStaff currentStaff;
    private final TaskAccessPolicy policy;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final CaseworkProperties properties;
    private final DirectoryService directory;
    private final CaseEventStore caseEvents;
    private final StepCommandValidator validator;

    DefaultTaskWorkService(TaskService taskService, OpenTaskStore openTasks, OpinionStore opinions,
            CaseMaterialsService intake, CaseRecordService caseRecords, CaseLifecycleService lifecycle,
            CurrentStaff currentStaff, TaskAccessPolicy policy, Clock clock, WorkingDayCalendar calendar,
            CaseworkProperties properties, DirectoryService directory, CaseEventStore caseEvents,
            org.camunda.bpm.engine.RuntimeService runtimeService, StepCommandValidator validator) {
        this.taskService = taskService;
        this.openTasks = openTasks;
        this.opinions = opinions;
        this.intake = intake;
        this.caseRecords = caseRecords;
        this.lifecycle = lifecycle;
        this.currentStaff = currentStaff;
        this.policy = policy;
        this.clock = clock;
        this.calendar = calendar;
        this.properties = properties;
        this.directory = directory;
        this.caseEvents = caseEvents;
        this.runtimeService = runtimeService;
        this.validator = validator;
    }

    @Override
    @Transactional(readOnly = true)
    public TaskDetails details(String taskId) {
        StaffMember staff = currentStaff.require();
        InboxTask task = visibleTask(staff, taskId);
        CaseDetails caseDetails = caseRecords.caseDetails(task.caseNumber()).orElseThrow();
        return new TaskDetails(task, caseDetails, opinions.forCase(task.caseNumber()),
                intake.materialsNotices(task.caseNumber()), policy.mayClaim(staff, task),
                policy.mayComplete(staff, task), policy.mayUnclaim(staff, task), policy.mayTransfer(staff, task),
                task.stepKind() == StepKind.ACCEPTANCE && instantItem(taskId));
    }

    @Override
    public void claim(String taskId) {
        StaffMember staff = currentStaff.require();
        InboxTask task = visibleTask(staff, taskId);
        if (task.isClaimed()) {
            throw alreadyClaimed(task.assignee(), staff);
        }
        if (!policy.mayClaim(staff, task)) {
            throw new AccessDeniedException(Translations.current("casework.error.otherQueue"));
        }
        try {
            taskService.claim(taskId, staff.username());
            log.info("Step {} claimed by {}", task.taskKey(), staff.username());
        } catch (TaskAlreadyClaimedException e) {
            throw alreadyClaimed(e.getTaskAssignee(), staff);
        } catch (OptimisticLockingException | ObjectOptimisticLockingFailureException e) {
            // Two people pressed "Claim" at the same moment; the other one was faster.
            throw new EngineConflictException(Translations.current("casework.error.claimedMomentAgo"));
        }
    }

    @Override
    public void unclaim(String taskId) {
        StaffMember staff = currentStaff.require();
        InboxTask task = visibleTask(staff, taskId);
        if (!policy.mayUnclaim(staff, task)) {
            throw new AccessDeniedException(Translations.current("casework.error.releaseRefused"));
        }
        taskService.setAssignee(taskId, null);
    }

    @Override
    public void reassign(String taskId, String username) {
        StaffMember head = currentStaff.require();
        InboxTask task = visibleTask(head, taskId);
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
        InboxTask task = visibleTask(head, taskId);
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
        InboxTask task = visibleTask(staff, taskId);
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
        InboxTask task = ownedTask(taskId);
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
        if (instantItem(taskId)) {
            // The process would close an instant case without a decision.
            throw new BusinessRuleException(Translations.current("casework.error.decideAtWindow"));
        }
        String text = remark == null || remark.isBlank() ? Translations.current("casework.opinion.accepted")
                : remark.trim();
        complete(taskId, StepKind.ACCEPTANCE, null, requireLength(text),
                Map.of(ServiceRequestProcess.VAR_MATERIALS_COMPLETE, true));
    }

    @Override
    public void submitOpinion(String taskId, StepOpinion opinion) {
        validator.check(opinion);
        InboxTask task = ownedTask(taskId);
        StepKind kind = task.stepKind();
        if (kind != StepKind.REVIEW && kind != StepKind.JOINT_REVIEW && kind != StepKind.CONSULTATION) {
            throw new BusinessRuleException(Translations.current("casework.error.notAReview"));
        }
        Map<String, Object> variables = kind == StepKind.REVIEW
                ? Map.of(ServiceRequestProcess.VAR_MATERIALS_COMPLETE, true) : Map.of();
        complete(taskId, kind, null, requireLength(opinion.opinion().trim()), variables);
    }

    @Override
    public void decide(String taskId, Decision decision) {
        validator.check(decision);
        Outcome outcome = decision.approved() ? Outcome.APPROVED : Outcome.REJECTED;
        String reason = decision.reason() == null || decision.reason().isBlank() ? null
                : requireLength(decision.reason().trim());
        InboxTask task = ownedTask(taskId);
        requireStep(task, StepKind.DECISION);
        java.util.List<String> pending = openTasks.byCase(task.caseNumber()).stream()
                .filter(open -> open.stepKind() == StepKind.CONSULTATION).map(InboxTask::candidateGroup).toList();
        if (!pending.isEmpty()) {
            throw new BusinessRuleException(Translations.current("casework.error.consultationsPending",
                    String.join(", ", pending.stream().map(directory::departmentName).toList())));
        }
        lifecycle.recordOutcome(task.caseNumber(), outcome, reason);
        complete(taskId, StepKind.DECISION, outcome.name(),
                reason == null ? Translations.current("casework.opinion.approved") : reason,
                Map.of(ServiceRequestProcess.VAR_DECISION, outcome.name()));
    }

    @Override
    public void decideAtWindow(String taskId, Decision decision) {
        validator.check(decision);
        InboxTask task = ownedTask(taskId);
        requireStep(task, StepKind.ACCEPTANCE);
        if (!instantItem(taskId)) {
            throw new BusinessRuleException(Translations.current("casework.error.notInstant"));
        }
        Outcome outcome = decision.approved() ? Outcome.APPROVED : Outcome.REJECTED;
        String reason = decision.reason() == null || decision.reason().isBlank() ? null
                : requireLength(decision.reason().trim());
        lifecycle.recordOutcome(task.caseNumber(), outcome, reason);
        String text = Translations.current("casework.opinion.decidedAtWindow",
                reason == null ? Translations.current("casework.outcome." + outcome.name()) : reason);
        // The result is handed over at the window: whoever decided also delivered, which the kiosk and reports read.
        complete(taskId, StepKind.ACCEPTANCE, outcome.name(), requireLength(text),
                Map.of(ServiceRequestProcess.VAR_MATERIALS_COMPLETE, true, ServiceRequestProcess.VAR_DECISION,
                        outcome.name(), ServiceRequestProcess.VAR_DELIVERED_BY, currentStaff.require().username()));
    }

    private boolean instantItem(String taskId) {
        return Boolean.TRUE.equals(taskService.getVariable(taskId, ServiceRequestProcess.VAR_INSTANT_ITEM));
    }

    @Override
    public void confirmDelivery(String taskId, Delivery delivery) {
        validator.check(delivery);
        String deliveryMethod = delivery.deliveryMethod();
        String remark = delivery.remark();
        String text = remark == null || remark.isBlank()
                ? Translations.current("casework.opinion.delivered", deliveryMethod.trim())
                : Translations.current("casework.opinion.deliveredWithRemark", deliveryMethod.trim(), remark.trim());
        // Who delivered closes the case: the window kiosk and the reports go by it.
        complete(taskId, StepKind.DELIVERY, null, requireLength(text),
                Map.of(ServiceRequestProcess.VAR_DELIVERED_BY, currentStaff.require().username()));
    }

    @Override
    public MaterialsNotice returnForMaterials(String taskId, MaterialsRequest request) {
        StaffMember staff = currentStaff.require();
        InboxTask task = ownedTask(taskId);
        if (task.stepKind() != StepKind.ACCEPTANCE && task.stepKind() != StepKind.REVIEW) {
            throw new BusinessRuleException(Translations.current("casework.error.returnRefused"));
        }
        Instant now = clock.instant();
        Instant bringBy = calendar.deadline(now, properties.materialsWaitWorkingDays());
        MaterialsNotice notice = intake.issueMaterialsNotice(task.caseNumber(), task.taskName(), request.missing(),
                request.note(),
                staff.username(), bringBy);
        String text = notice.note() == null
                ? Translations.current("casework.opinion.returned", String.join("; ", notice.missing()))
                : Translations.current("casework.opinion.returnedWithNote", String.join("; ", notice.missing()),
                        notice.note());
        complete(taskId, task.stepKind(), null, requireLength(text), Map.of(
                ServiceRequestProcess.VAR_MATERIALS_COMPLETE, false,
                ServiceRequestProcess.VAR_RETURNED_FROM, task.taskKey(),
                ServiceRequestProcess.VAR_MATERIALS_DEADLINE, Date.from(bringBy)));
        return notice;
    }

    @Override
    public void confirmMaterialsReceived(String taskId, List<String> received) {
        InboxTask task = ownedTask(taskId);
        requireStep(task, StepKind.MATERIALS);
        // A material may be named in either language; the notice names it in Chinese, as the case records it.
        java.util.Set<String> receivedKeys = new java.util.HashSet<>(received);
        caseRecords.caseDetails(task.caseNumber()).ifPresent(details -> details.materials().stream()
                .filter(material -> received.contains(material.nameEn())).forEach(m -> receivedKeys.add(m.name())));
        List<String> stillMissing = intake.materialsNotices(task.caseNumber()).stream()
                .filter(notice -> notice.resolvedAt() == null).flatMap(notice -> notice.missing().stream())
                .filter(material -> !receivedKeys.contains(material)).toList();
        if (!stillMissing.isEmpty()) {
            throw new BusinessRuleException(Translations.current("casework.error.stillMissing",
                    String.join("; ", stillMissing)));
        }
        intake.recordMaterialsReceived(task.caseNumber(), received, clock.instant());
        complete(taskId, StepKind.MATERIALS, null,
                Translations.current("casework.opinion.materialsReceived", String.join("; ", received)), Map.of());
    }

    private void complete(String taskId, StepKind expected, String decision, String text,
            Map<String, Object> variables) {
        StaffMember staff = currentStaff.require();
        InboxTask task = ownedTask(taskId);
        requireStep(task, expected);
        opinions.record(taskId, new Opinion(task.caseNumber(), task.taskKey(), task.taskName(), expected,
                task.candidateGroup(), staff.displayName(), decision, text, clock.instant()), staff.username());
        try {
            taskService.complete(taskId, variables);
            log.info("Step {} completed by {}", task.taskKey(), staff.username());
        } catch (OptimisticLockingException e) {
            throw new EngineConflictException(Translations.current("casework.error.caseChanged"));
        }
    }

    /** A step the signed-in person claimed and may complete. */
    private InboxTask ownedTask(String taskId) {
        StaffMember staff = currentStaff.require();
        InboxTask task = visibleTask(staff, taskId);
        if (!policy.mayComplete(staff, task)) {
            if (task.isClaimed() && !staff.username().equals(task.assignee())) {
                throw alreadyClaimed(task.assignee(), staff);
            }
            if (!policy.worksOn(staff, task)) {
                throw new AccessDeniedException(Translations.current("casework.error.otherQueue"));
            }
            throw new BusinessRuleException(Translations.current("casework.error.claimFirst"));
        }
        return task;
    }

    private InboxTask visibleTask(StaffMember staff, String taskId) {
        InboxTask visible = openTasks.find(taskId).filter(task -> policy.maySee(staff, task))
                // The same message whether the step is done, unknown, or another department's.
                .orElseThrow(() -> new NotFoundException(Translations.current("casework.error.stepNotOpen")));
        // Until the end of the caller's scope (RetryingTaskWorkService): every line logged about this step.
        CaseLogContext.put(visible.caseNumber());
        return visible;
    }

    private static void requireStep(InboxTask task, StepKind expected) {
        if (task.stepKind() != expected) {
            throw new BusinessRuleException(
                    Translations.current("casework.error.wrongStep", task.stepKind(), expected));
        }
    }

    private static String requireLength(String text) {
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException(
                    Translations.current("casework.error.textTooLong", String.valueOf(MAX_TEXT)));
        }
        return text;
    }

    private static BusinessRuleException alreadyClaimed(String assignee, StaffMember staff) {
        return new BusinessRuleException(staff.username().equals(assignee)
                ? Translations.current("casework.error.claimedByYou")
                : Translations.current("casework.error.claimedBy", assignee));
    }
}
