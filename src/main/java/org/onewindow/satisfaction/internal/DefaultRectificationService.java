package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.StaffMember;
import org.onewindow.satisfaction.AppealDecision;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.CallBack;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.MobileReveal;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationMeasures;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.RectificationSummary;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.satisfaction.Verification;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * Heads handle their own departments' bad reviews, managers decide appeals; both checked here, since views
 * are not the boundary. Each step moves the record only from the stage it expects, then completes the task.
 * Those who handle bad reviews read them, and so do follow-up staff, who call the citizen about them.
 */
@Service
@Transactional
class DefaultRectificationService implements RectificationService {

    private final RectificationStore store;
    private final MobileRevealLog reveals;
    private final SurveyLinks links;
    private final TaskService taskService;
    private final CurrentStaff currentStaff;
    private final RectificationAccessPolicy policy;
    private final WorkingDayCalendar calendar;
    private final JurisdictionRules rules;
    private final Clock clock;

    DefaultRectificationService(RectificationStore store, MobileRevealLog reveals, SurveyLinks links,
            TaskService taskService, CurrentStaff currentStaff, RectificationAccessPolicy policy,
            WorkingDayCalendar calendar, JurisdictionRules rules, Clock clock) {
        this.store = store;
        this.reveals = reveals;
        this.links = links;
        this.taskService = taskService;
        this.currentStaff = currentStaff;
        this.policy = policy;
        this.calendar = calendar;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed({ AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.FOLLOW_UP })
    public List<Rectification> openRectifications() {
        StaffMember staff = currentStaff.require();
        return withActionsOf(staff, store.open(policy.departmentsInView(staff)));
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed({ AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.FOLLOW_UP })
    public List<Rectification> finishedRectifications(int limit) {
        StaffMember staff = currentStaff.require();
        return withActionsOf(staff, store.finished(policy.departmentsInView(staff), Math.max(1, Math.min(limit, 500))));
    }

    private List<Rectification> withActionsOf(StaffMember staff, List<Rectification> rectifications) {
        return rectifications.stream().map(rectification -> policy.withActionsOf(staff, rectification)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed({ AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.FOLLOW_UP })
    public Rectification rectification(String caseNumber) {
        Rectification rectification = find(caseNumber);
        StaffMember staff = currentStaff.require();
        if (!policy.mayRead(staff, rectification)) {
            throw new AccessDeniedException(
                    Translations.current("satisfaction.error.rectification.otherDepartment", caseNumber));
        }
        return policy.withActionsOf(staff, rectification);
    }

    @Override
    @RolesAllowed({ AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.FOLLOW_UP })
    public String revealMobile(String caseNumber) {
        Rectification rectification = find(caseNumber);
        if (!policy.mayRevealMobile(currentStaff.require(), rectification)) {
            throw new AccessDeniedException(Translations.current("satisfaction.error.mobile.notYours", caseNumber));
        }
        if (!rectification.stage().isOpen() && !rectification.callBackPending()) {
            throw new BusinessRuleException(Translations.current("satisfaction.error.mobile.handled", caseNumber));
        }
        String mobile = links.citizenMobile(caseNumber).filter(number -> !number.isBlank())
                .orElseThrow(() -> new BusinessRuleException(
                        Translations.current("satisfaction.error.mobile.none", caseNumber)));
        reveals.record(new MobileReveal(caseNumber, currentStaff.require().username(), clock.instant()));
        return mobile;
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed({ AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.FOLLOW_UP })
    public List<MobileReveal> mobileReveals(String caseNumber) {
        rectification(caseNumber); // its department check: a head reads their own departments' reveals only
        return reveals.of(caseNumber);
    }

    @Override
    @RolesAllowed(AppRoles.DEPT_HEAD)
    public void verify(String caseNumber, Verification verification) {
        Rectification rectification = ownDepartments(caseNumber);
        RectificationValidator.check(verification);
        Verdict verdict = verification.verdict();
        String note = verification.note();
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
            store.insertAppeal(caseNumber, verification.appealGround(), note.strip(), head.username(), now);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(BadReviewRectificationProcess.VAR_VERDICT, verdict.name());
        if (rectifyDue != null) {
            variables.put(BadReviewRectificationProcess.VAR_RECTIFY_DUE_DATE, Date.from(rectifyDue));
        }
        complete(caseNumber, BadReviewRectificationProcess.TASK_VERIFY, head.username(), variables);
    }

    @Override
    @RolesAllowed(AppRoles.DEPT_HEAD)
    public void rectify(String caseNumber, RectificationMeasures measures) {
        Rectification rectification = ownDepartments(caseNumber);
        RectificationValidator.check(measures);
        expect(rectification, RectificationStage.RECTIFYING);
        StaffMember head = currentStaff.require();
        if (!store.recordMeasures(caseNumber, measures.measures().strip(), head.username(), clock.instant())) {
            throw alreadyHandled(caseNumber);
        }
        complete(caseNumber, BadReviewRectificationProcess.TASK_RECTIFY, head.username(), Map.of());
    }

    @Override
    @RolesAllowed(AppRoles.MANAGER)
    public void decideAppeal(String caseNumber, boolean upheld, AppealDecision decision) {
        Rectification rectification = find(caseNumber);
        RectificationValidator.check(decision, upheld);
        String note = decision.decisionNote();
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
    @RolesAllowed(AppRoles.FOLLOW_UP)
    public void recordCallBack(String caseNumber, CallBack callBack) {
        Rectification rectification = find(caseNumber);
        StaffMember caller = currentStaff.require();
        if (!policy.mayCallBack(caller, rectification)) {
            throw new BusinessRuleException(Translations.current("satisfaction.error.callBack.notDue", caseNumber));
        }
        RectificationValidator.check(callBack);
        if (!store.recordCallBack(caseNumber, callBack.reached(), callBack.citizenSaid().strip(), caller.username(),
                clock.instant())) {
            throw alreadyHandled(caseNumber);
        }
        complete(caseNumber, BadReviewRectificationProcess.TASK_CALL_BACK, caller.username(), Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CitizenReview> reviewsOf(String caseNumber) {
        if (!maySeeReviews(caseNumber)) {
            throw new AccessDeniedException(Translations.current("satisfaction.error.rectification.reviewsHidden"));
        }
        return store.reviews(caseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySeeReviews(String caseNumber) {
        return reviewable(List.of(caseNumber)).contains(caseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<CitizenReview>> visibleReviewsOf(Collection<String> caseNumbers) {
        Set<String> visible = reviewable(caseNumbers);
        return visible.isEmpty() ? Map.of() : store.reviews(visible);
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD, AppRoles.FOLLOW_UP,
            AppRoles.MANAGER })
    public List<RectificationSummary> openRectificationsOf(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return store.openOfCases(Set.copyOf(caseNumbers)).stream()
                .map(r -> new RectificationSummary(r.caseNumber(), r.serviceItemName(), r.departmentCode(), r.stage(),
                        r.openedAt(), r.dueAt(), r.overdue(now), r.serviceItemNameEn()))
                .toList();
    }

    /**
     * The cases whose individual answers the signed-in staff member may read. A head sees them only as the handler
     * of the bad review, so a good rating, or a bad one with a rectification elsewhere, stays an aggregate for them.
     */
    private Set<String> reviewable(Collection<String> caseNumbers) {
        StaffMember staff = currentStaff.find().orElse(null);
        if (staff == null || caseNumbers.isEmpty()) {
            return Set.of();
        }
        if (policy.readsAll(staff)) {
            return Set.copyOf(caseNumbers);
        }
        if (policy.handledDepartments(staff).isEmpty()) {
            return Set.of();
        }
        Set<String> handled = new java.util.HashSet<>();
        store.departmentsOf(Set.copyOf(caseNumbers)).forEach((caseNumber, department) -> {
            if (policy.handles(staff, department)) {
                handled.add(caseNumber);
            }
        });
        return handled;
    }

    private Rectification find(String caseNumber) {
        return store.find(caseNumber)
                .orElseThrow(() -> new NotFoundException(Translations.current("satisfaction.error.rectification.none",
                        caseNumber)));
    }

    private Rectification ownDepartments(String caseNumber) {
        Rectification rectification = find(caseNumber);
        if (!policy.handles(currentStaff.require(), rectification.departmentCode())) {
            throw new AccessDeniedException(Translations.current("satisfaction.error.rectification.headOf", caseNumber,
                    rectification.departmentCode()));
        }
        return rectification;
    }

    private Instant rectifyDeadline(Instant now) {
        return calendar.deadline(now, rules.rectifyWorkingDays());
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
            throw new BusinessRuleException(Translations.current("satisfaction.error.rectification.stepNotOpen",
                    rectification.caseNumber(), describe(rectification.stage())));
        }
    }

    /** Where the review stands, as the middle of a sentence ("is waiting for verification"). */
    static String describe(RectificationStage stage) {
        return Translations.current("satisfaction.error.rectification.stage." + stage.name());
    }

    private static BusinessRuleException alreadyHandled(String caseNumber) {
        return new BusinessRuleException(Translations.current("satisfaction.error.rectification.alreadyHandled",
                caseNumber));
    }
}
