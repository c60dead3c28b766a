package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.IntakeService;
import org.onewindow.intake.Outcome;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.ResultNotice;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.onewindow.satisfaction.SatisfactionProperties;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultSatisfactionService implements SatisfactionService {

    private static final String FOLLOW_UP_ONLY = "hasRole('" + AppRoles.FOLLOW_UP + "')";
    /** Purpose of the SMS that tells the citizen the case is closed and asks for the survey. */
    static final String CLOSING_MESSAGE = "CASE_CLOSED";

    private final SurveyStore store;
    private final PhoneAttemptLog phoneAttempts;
    private final Invitations invitations;
    private final AnswerRecorder recorder;
    private final IntakeService intake;
    private final NotificationService notifications;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final CurrentStaff currentStaff;
    private final SatisfactionProperties properties;
    private final Clock clock;

    DefaultSatisfactionService(SurveyStore store, PhoneAttemptLog phoneAttempts, Invitations invitations, AnswerRecorder recorder,
            IntakeService intake, NotificationService notifications, RuntimeService runtimeService,
            TaskService taskService, CurrentStaff currentStaff, SatisfactionProperties properties, Clock clock) {
        this.store = store;
        this.phoneAttempts = phoneAttempts;
        this.invitations = invitations;
        this.recorder = recorder;
        this.intake = intake;
        this.notifications = notifications;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.currentStaff = currentStaff;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Instant invite(String caseNumber) {
        CaseDetails details = invitations.closedCase(caseNumber);
        SurveyStore.Invitation invitation = invitations.ensure(details);
        String text;
        if (invitation.answeredAt() == null) {
            // A token of its own even when the job is retried after a failure: the failed run's token was
            // rolled back with its SMS, and tokens of printed notices stay valid beside it.
            String token = SurveyTokens.newToken();
            store.addToken(invitation.id(), SurveyTokens.hash(token), TokenKind.LINK, clock.instant());
            text = closingMessage(details) + " How did we do? Tell us in 1 minute: " + surveyUrl(token);
        } else {
            text = closingMessage(details) + " Thank you for rating our service.";
        }
        // One message for the closing and the survey: citizens read one SMS, not two a moment apart.
        intake.citizenMobile(caseNumber).ifPresent(mobile -> notifications.enqueue(new OutboundMessage(
                MessageChannel.SMS, mobile, null, text, caseNumber, CLOSING_MESSAGE)));
        return invitation.expiresAt();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Rating> rating(String caseNumber) {
        return store.firstOverall(caseNumber).map(Rating::ofScore);
    }

    @Override
    @PreAuthorize("hasAnyRole('" + AppRoles.FRONT_DESK + "', '" + AppRoles.MANAGER + "')")
    public ResultNotice resultNotice(String caseNumber) {
        CaseDetails details = invitations.closedCase(caseNumber);
        SurveyStore.Invitation invitation = invitations.ensure(details);
        String token = SurveyTokens.newToken();
        store.addToken(invitation.id(), SurveyTokens.hash(token), TokenKind.NOTICE, clock.instant());
        return new ResultNotice(caseNumber, details.serviceItemName(), details.leadDepartmentCode(), details.outcome(),
                details.outcomeReason(), details.closedAt(), surveyUrl(token), invitation.expiresAt());
    }

    private String surveyUrl(String token) {
        return properties.publicBaseUrl() + "/survey/" + token;
    }

    private static String closingMessage(CaseDetails details) {
        return "[County Service Hall] Case " + details.caseNumber() + " (" + details.serviceItemName() + ") is closed: "
                + (details.outcome() == Outcome.APPROVED ? "approved." : "not approved, with the reasons given to you.");
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyInvitation open(String token) {
        SurveyStore.Invitation invitation = valid(token);
        if (invitation.supplementedAt() != null) {
            throw new SurveyUnavailableException(Reason.USED, "This survey was already answered. Thank you!");
        }
        return new SurveyInvitation(invitation.caseNumber(), invitation.serviceItemName(), invitation.closedAt(),
                invitation.expiresAt(), invitation.answeredAt() != null);
    }

    @Override
    public void supplement(String token, Rating overall, String comment) {
        if (currentStaff.find().isPresent()) {
            throw new SurveyUnavailableException(Reason.STAFF, "Staff accounts cannot answer the survey; sign out first.");
        }
        SurveyStore.Invitation invitation = valid(token);
        if (invitation.answeredAt() == null) {
            throw new BusinessRuleException("Answer the survey first; a supplementary review adds to it.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (overall == null) {
            errors.put("overall", "Choose how satisfied you are now.");
        }
        if (comment == null || comment.isBlank()) {
            errors.put("comment", "Tell us what you want to add.");
        } else if (comment.length() > 1000) {
            errors.put("comment", "The comment is too long (at most 1000 characters).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        if (!store.markSupplemented(invitation.id(), now)) {
            throw new SurveyUnavailableException(Reason.USED, "A supplementary review was already given. Thank you!");
        }
        store.insertSupplementary(invitation, overall.score(), comment.strip(), now);
        // A rectification fed back to the citizen waits for this; without one, nothing waits.
        runtimeService.createMessageCorrelation(BadReviewRectificationProcess.MESSAGE_SUPPLEMENTARY_REVIEW_GIVEN)
                .processInstanceBusinessKey(invitation.caseNumber()).correlateAllWithResult();
    }

    @Override
    public Map<String, String> validate(SurveyAnswers answers) {
        return recorder.validate(answers);
    }

    @Override
    public void submit(String token, SurveyAnswers answers, AnswerChannel channel) {
        if (currentStaff.find().isPresent()) {
            // Staff must not answer for citizens, not even by opening the citizen's link while signed in.
            throw new SurveyUnavailableException(Reason.STAFF, "Staff accounts cannot answer the survey; sign out first.");
        }
        recorder.answered(usable(token), answers, channel);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(FOLLOW_UP_ONLY)
    public java.util.List<org.onewindow.satisfaction.PhoneCall> pendingPhoneCalls() {
        return taskService.createTaskQuery().taskDefinitionKey(SatisfactionFollowUpProcess.TASK_PHONE_FOLLOW_UP)
                .orderByTaskCreateTime().asc().listPage(0, 500).stream()
                .map(task -> runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .singleResult().getBusinessKey())
                .map(caseNumber -> store.findByCase(caseNumber).map(invitation -> new org.onewindow.satisfaction.PhoneCall(
                        caseNumber, invitation.serviceItemName(),
                        intake.caseDetails(caseNumber).map(CaseDetails::citizenName).orElse(""),
                        intake.citizenMobile(caseNumber).orElse(""), invitation.closedAt(), invitation.phoneAttempts())))
                .flatMap(java.util.Optional::stream).toList();
    }

    @Override
    @PreAuthorize(FOLLOW_UP_ONLY)
    public void recordByPhone(String caseNumber, SurveyAnswers answers) {
        SurveyStore.Invitation invitation = store.findByCase(caseNumber)
                .orElseThrow(() -> new NotFoundException("No survey invitation for case " + caseNumber + "."));
        if (invitation.answeredAt() != null) {
            throw new BusinessRuleException("Case " + caseNumber + " was already rated.");
        }
        String caller = currentStaff.require().username();
        recorder.record(invitation, answers, AnswerChannel.PHONE, caller);
        phoneAttempts.record(invitation.id(), caseNumber, caller, clock.instant(), true);
        taskService.complete(phoneTask(caseNumber).getId(), Map.of(SatisfactionFollowUpProcess.VAR_REACHED, true,
                SatisfactionFollowUpProcess.VAR_BAD_REVIEW, answers.overall().isBad()));
    }

    @Override
    @PreAuthorize(FOLLOW_UP_ONLY)
    public int recordUnreachableAttempt(String caseNumber) {
        SurveyStore.Invitation invitation = store.findByCase(caseNumber)
                .orElseThrow(() -> new NotFoundException("No survey invitation for case " + caseNumber + "."));
        Task task = phoneTask(caseNumber);
        int attempts = store.addPhoneAttempt(invitation.id(), properties.maxPhoneAttempts());
        phoneAttempts.record(invitation.id(), caseNumber, currentStaff.require().username(), clock.instant(), false);
        if (attempts >= properties.maxPhoneAttempts()) {
            taskService.complete(task.getId(), Map.of(SatisfactionFollowUpProcess.VAR_REACHED, false));
        }
        return attempts;
    }

    private Task phoneTask(String caseNumber) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(SatisfactionFollowUpProcess.TASK_PHONE_FOLLOW_UP).singleResult();
        if (task == null) {
            throw new BusinessRuleException("Case " + caseNumber + " has no phone follow-up open.");
        }
        return task;
    }

    /** A known, unexpired link that was not answered yet. */
    private SurveyStore.Invitation usable(String token) {
        SurveyStore.Invitation invitation = valid(token);
        if (invitation.answeredAt() != null) {
            throw new SurveyUnavailableException(Reason.USED, "This survey was already answered. Thank you!");
        }
        return invitation;
    }

    /** A known, unexpired link. */
    private SurveyStore.Invitation valid(String token) {
        SurveyStore.Invitation invitation = token == null ? null
                : store.findByTokenHash(SurveyTokens.hash(token)).orElse(null);
        if (invitation == null) {
            throw new SurveyUnavailableException(Reason.UNKNOWN, "This survey link is not valid. Please check it.");
        }
        if (clock.instant().isAfter(invitation.expiresAt())) {
            throw new SurveyUnavailableException(Reason.EXPIRED, "This survey link has expired.");
        }
        return invitation;
    }
}
