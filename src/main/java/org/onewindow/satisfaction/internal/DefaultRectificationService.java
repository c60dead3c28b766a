package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.IntakeService;
import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationProperties;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Heads handle their own departments' bad reviews, managers decide appeals; both checked here, since views
 * are not the boundary. Each step moves the record only from the stage it expects, then completes the task.
 */
@Service
@Transactional
class DefaultRectificationService implements RectificationService {

    private static final String HANDLERS = "hasAnyRole('" + AppRoles.DEPT_HEAD + "', '" + AppRoles.MANAGER + "')";

    private final RectificationStore store;
    private final TaskService taskService;
    private final IntakeService intake;
    private final CurrentStaff currentStaff;
    private final WorkingDayCalendar calendar;
    private final RectificationProperties properties;
    private final Clock clock;

    DefaultRectificationService(RectificationStore store, TaskService taskService, IntakeService intake,
            CurrentStaff currentStaff, WorkingDayCalendar calendar, RectificationProperties properties, Clock clock) {
        this.store = store;
        this.taskService = taskService;
        this.intake = intake;
        this.currentStaff = currentStaff;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(HANDLERS)
    public List<Rectification> openRectifications() {
        return store.open(departmentsInView());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(HANDLERS)
    public List<Rectification> finishedRectifications(int limit) {
        return store.finished(departmentsInView(), Math.max(1, Math.min(limit, 500)));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(HANDLERS)
    public Rectification rectification(String caseNumber) {
        Rectification rectification = find(caseNumber);
        StaffMember staff = currentStaff.require();
        if (!staff.hasRole(AppRoles.MANAGER) && !staff.belongsTo(rectification.departmentCode())) {
            throw new AccessDeniedException("The bad review of case " + caseNumber + " is handled by another department.");
        }
        return rectification;
    }

    @Override
    @PreAuthorize("hasRole('" + AppRoles.DEPT_HEAD + "')")
    public void verify(String caseNumber, Verdict verdict, String note, AppealGround appealGround) {
        Rectification rectification = ownDepartments(caseNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        if (verdict == null) {
            errors.put("verdict", "Say whether the review is justified.");
        }
        text(errors, "note", note, 1000, verdict == Verdict.APPEALED
                ? "Give the reasons for the appeal: what the citizen said and why the review should not count."
                : "Record what the citizen said and what you found.");
        if (verdict == Verdict.APPEALED && appealGround == null) {
            errors.put("appealGround", "Say whether the review was mistaken or malicious.");
        }
        reject(errors);
        expect(rectification, RectificationStage.VERIFYING);
        StaffMember head = currentStaff.require();
        Instant now = clock.instant();
        Instant rectifyDue = verdict == Verdict.JUSTIFIED ? rectifyDeadline(now) : null;
        RectificationStage next = switch (verdict) {
            case JUSTIFIED -> RectificationStage.RECTIFYING;
            case APPEALED -> RectificationStage.APPEALED;
            // The feedback step moves it on to FED_BACK in this same transaction.
            case NOT_JUSTIFIED -> RectificationStage.VERIFYING;
        };
        if (!store.recordVerification(caseNumber, verdict, note.strip(), head.username(), now, next, rectifyDue)) {
            throw alreadyHandled(caseNumber);
        }
        if (verdict == Verdict.APPEALED) {
            store.insertAppeal(caseNumber, appealGround, note.strip(), head.username(), now);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(BadReviewRectificationProcess.VAR_VERDICT, verdict.name());
        if (rectifyDue != null) {
            variables.put(BadReviewRectificationProcess.VAR_RECTIFY_DUE_DATE, Date.from(rectifyDue));
        }
        complete(caseNumber, BadReviewRectificationProcess.TASK_VERIFY, head.username(), variables);
    }

    @Override
    @PreAuthorize("hasRole('" + AppRoles.DEPT_HEAD + "')")
    public void rectify(String caseNumber, String measures) {
        Rectification rectification = ownDepartments(caseNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "measures", measures, 2000, "Record the measures taken.");
        reject(errors);
        expect(rectification, RectificationStage.RECTIFYING);
        StaffMember head = currentStaff.require();
        if (!store.recordMeasures(caseNumber, measures.strip(), head.username(), clock.instant())) {
            throw alreadyHandled(caseNumber);
        }
        complete(caseNumber, BadReviewRectificationProcess.TASK_RECTIFY, head.username(), Map.of());
    }

    @Override
    @PreAuthorize("hasRole('" + AppRoles.MANAGER + "')")
    public void decideAppeal(String caseNumber, boolean upheld, String note) {
        Rectification rectification = find(caseNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "decisionNote", note, 1000, upheld ? "Give the reason the review is excluded; it is kept with it."
                : "Give the reason the appeal is rejected; the department reads it.");
        reject(errors);
        expect(rectification, RectificationStage.APPEALED);
        StaffMember manager = currentStaff.require();
        Instant now = clock.instant();
        Instant rectifyDue = upheld ? null : rectifyDeadline(now);
        if (!store.recordAppealDecision(caseNumber, upheld, note.strip(), manager.username(), now, rectifyDue)) {
            throw alreadyHandled(caseNumber);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(BadReviewRectificationProcess.VAR_APPEAL_UPHELD, upheld);
        if (rectifyDue != null) {
            variables.put(BadReviewRectificationProcess.VAR_RECTIFY_DUE_DATE, Date.from(rectifyDue));
        }
        complete(caseNumber, BadReviewRectificationProcess.TASK_DECIDE_APPEAL, manager.username(), variables);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CitizenReview> reviewsOf(String caseNumber) {
        if (!maySeeReviews(caseNumber)) {
            throw new AccessDeniedException("Individual survey answers are shown only to follow-up staff, managers "
                    + "and the heads handling the case's department.");
        }
        return store.reviews(caseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySeeReviews(String caseNumber) {
        StaffMember staff = currentStaff.find().orElse(null);
        if (staff == null) {
            return false;
        }
        if (staff.hasRole(AppRoles.FOLLOW_UP) || staff.hasRole(AppRoles.MANAGER)) {
            return true;
        }
        return staff.hasRole(AppRoles.DEPT_HEAD) && intake.caseDetails(caseNumber).map(CaseDetails::leadDepartmentCode)
                .filter(staff::belongsTo).isPresent();
    }

    private Rectification find(String caseNumber) {
        return store.find(caseNumber)
                .orElseThrow(() -> new NotFoundException("Case " + caseNumber + " has no bad review to handle."));
    }

    private Rectification ownDepartments(String caseNumber) {
        Rectification rectification = find(caseNumber);
        if (!currentStaff.require().belongsTo(rectification.departmentCode())) {
            throw new AccessDeniedException("The bad review of case " + caseNumber + " is handled by the head of "
                    + rectification.departmentCode() + ".");
        }
        return rectification;
    }

    /** Null for managers, who see every department. */
    private List<String> departmentsInView() {
        StaffMember staff = currentStaff.require();
        return staff.hasRole(AppRoles.MANAGER) ? null : List.copyOf(staff.departmentCodes());
    }

    private Instant rectifyDeadline(Instant now) {
        return calendar.deadline(now, properties.rectifyWorkingDays());
    }

    private void complete(String caseNumber, String taskKey, String username, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processDefinitionKey(BadReviewRectificationProcess.KEY)
                .processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw alreadyHandled(caseNumber);
        }
        taskService.setAssignee(task.getId(), username);
        taskService.complete(task.getId(), variables);
    }

    private static void expect(Rectification rectification, RectificationStage stage) {
        if (rectification.stage() != stage) {
            throw new BusinessRuleException("The bad review of case " + rectification.caseNumber() + " is "
                    + describe(rectification.stage()) + "; this step is not open.");
        }
    }

    static String describe(RectificationStage stage) {
        return switch (stage) {
            case VERIFYING -> "waiting for verification";
            case APPEALED -> "waiting for a manager's decision on the appeal";
            case RECTIFYING -> "being rectified";
            case FED_BACK -> "closed and fed back to the citizen";
            case EXCLUDED -> "excluded from the statistics after an appeal";
        };
    }

    private static BusinessRuleException alreadyHandled(String caseNumber) {
        return new BusinessRuleException("Someone else has just handled this step of the bad review of case "
                + caseNumber + "; reload to see it.");
    }

    private static void text(Map<String, String> errors, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
        } else if (value.strip().length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    private static void reject(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
