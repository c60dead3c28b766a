package org.onewindow.casework.internal;

import static org.onewindow.casework.internal.StepLookup.requireLength;
import static org.onewindow.casework.internal.StepLookup.requireStep;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.onewindow.casework.CaseworkProperties;
import org.onewindow.casework.Decision;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.Opinion;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepKind;
import org.onewindow.casework.StepOpinion;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseLifecycleService;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.intake.Outcome;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands that complete the step a person claimed (accept, give an opinion, decide, decide at the window,
 * deliver, return for materials, take the materials in): each records its opinion on the case and completes the
 * step with the variables the process goes on by. Called by {@link DefaultTaskWorkService} in its transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class StepCompletions {

    private static final Logger log = LoggerFactory.getLogger(StepCompletions.class);

    private final TaskService taskService;
    private final OpenTaskStore openTasks;
    private final OpinionStore opinions;
    private final CaseMaterialsService intake;
    private final CaseRecordService caseRecords;
    private final CaseLifecycleService lifecycle;
    private final CurrentStaff currentStaff;
    private final StepLookup steps;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final CaseworkProperties properties;
    private final DirectoryService directory;
    private final StepCommandValidator validator;

    StepCompletions(TaskService taskService, OpenTaskStore openTasks, OpinionStore opinions,
            CaseMaterialsService intake, CaseRecordService caseRecords, CaseLifecycleService lifecycle,
            CurrentStaff currentStaff, StepLookup steps, Clock clock, WorkingDayCalendar calendar,
            CaseworkProperties properties, DirectoryService directory, StepCommandValidator validator) {
        this.taskService = taskService;
        this.openTasks = openTasks;
        this.opinions = opinions;
        this.intake = intake;
        this.caseRecords = caseRecords;
        this.lifecycle = lifecycle;
        this.currentStaff = currentStaff;
        this.steps = steps;
        this.clock = clock;
        this.calendar = calendar;
        this.properties = properties;
        this.directory = directory;
        this.validator = validator;
    }

    void confirmAcceptance(String taskId, String remark) {
        if (steps.instantItem(taskId)) {
            // The process would close an instant case without a decision.
            throw new BusinessRuleException(Translations.current("casework.error.decideAtWindow"));
        }
        String text = remark == null || remark.isBlank() ? Translations.current("casework.opinion.accepted")
                : remark.trim();
        String caseNumber = steps.ownedTask(taskId).caseNumber();
        complete(taskId, StepKind.ACCEPTANCE, null, requireLength(text),
                Map.of(ServiceRequestProcess.VAR_MATERIALS_COMPLETE, true));
        lifecycle.recordAcceptance(caseNumber, currentStaff.require().username(), clock.instant());
    }

    void submitOpinion(String taskId, StepOpinion opinion) {
        validator.check(opinion);
        InboxTask task = steps.ownedTask(taskId);
        StepKind kind = task.stepKind();
        if (kind != StepKind.REVIEW && kind != StepKind.JOINT_REVIEW && kind != StepKind.CONSULTATION) {
            throw new BusinessRuleException(Translations.current("casework.error.notAReview"));
        }
        Map<String, Object> variables = kind == StepKind.REVIEW
                ? Map.of(ServiceRequestProcess.VAR_MATERIALS_COMPLETE, true) : Map.of();
        complete(taskId, kind, null, requireLength(opinion.opinion().trim()), variables);
    }

    void decide(String taskId, Decision decision) {
        validator.check(decision);
        Outcome outcome = decision.approved() ? Outcome.APPROVED : Outcome.REJECTED;
        String reason = decision.reason() == null || decision.reason().isBlank() ? null
                : requireLength(decision.reason().trim());
        InboxTask task = steps.ownedTask(taskId);
        requireStep(task, StepKind.DECISION);
        List<String> pending = openTasks.byCase(task.caseNumber()).stream()
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

    void decideAtWindow(String taskId, Decision decision) {
        validator.check(decision);
        InboxTask task = steps.ownedTask(taskId);
        requireStep(task, StepKind.ACCEPTANCE);
        if (!steps.instantItem(taskId)) {
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
        // An instant item is accepted and decided in the same moment at the window.
        lifecycle.recordAcceptance(task.caseNumber(), currentStaff.require().username(), clock.instant());
    }

    void confirmDelivery(String taskId, Delivery delivery) {
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

    MaterialsNotice returnForMaterials(String taskId, MaterialsRequest request) {
        StaffMember staff = currentStaff.require();
        InboxTask task = steps.ownedTask(taskId);
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

    void confirmMaterialsReceived(String taskId, List<String> received) {
        InboxTask task = steps.ownedTask(taskId);
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
        InboxTask task = steps.ownedTask(taskId);
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
}
