package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.Outcome;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.BadReviewRectificationProcess;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.onewindow.satisfaction.SatisfactionProperties;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SupplementaryReview;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
@Transactional
class DefaultSatisfactionService implements SatisfactionService {

    /** Purpose of the SMS that tells the citizen the case is closed and asks for the survey. */
    static final String CLOSING_MESSAGE = "CASE_CLOSED";

    private final SurveyStore store;
    private final PhoneAttemptLog phoneAttempts;
    private final Invitations invitations;
    private final SurveyLinks links;
    private final AnswerRecorder recorder;
    private final IndicatorSetStore indicatorSets;
    private final CaseContactService intake;
    private final CaseRecordService caseRecords;
    private final NotificationService notifications;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final CurrentStaff currentStaff;
    private final SatisfactionProperties properties;
    private final Clock clock;
    private final ProvinceEvaluations provinceEvaluations;

    DefaultSatisfactionService(SurveyStore store, PhoneAttemptLog phoneAttempts, Invitations invitations,
            SurveyLinks links, AnswerRecorder recorder, IndicatorSetStore indicatorSets, CaseContactService intake,
            CaseRecordService caseRecords,
            NotificationService notifications, RuntimeService runtimeService, TaskService taskService,
            CurrentStaff currentStaff, SatisfactionProperties properties, Clock clock,
            ProvinceEvaluations provinceEvaluations) {
        this.store = store;
        this.phoneAttempts = phoneAttempts;
        this.invitations = invitations;
        this.links = links;
        this.recorder = recorder;
        this.indicatorSets = indicatorSets;
        this.intake = intake;
        this.caseRecords = caseRecords;
        this.notifications = notifications;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.currentStaff = currentStaff;
        this.properties = properties;
        this.clock = clock;
        this.provinceEvaluations = provinceEvaluations;
    }

    @Override
    public Instant invite(String caseNumber) {
        CaseDetails details = invitations.closedCase(caseNumber);
        SurveyStore.Invitation invitation = invitations.ensure(details);
        Locale language = intake.citizenLanguage(caseNumber);
        String text;
        if (invitation.answeredAt() == null) {
            // A token of its own even when the job is retried after a failure: the failed run's token was
            // rolled back with its SMS, and tokens of printed notices stay valid beside it.
            String token = SurveyTokens.newToken();
            store.addToken(invitation.id(), SurveyTokens.hash(token), TokenKind.LINK, clock.instant());
            text = Translations.text(language, "satisfaction.sms.closed.survey", closingMessage(details, language),
                    surveyUrl(token));
        } else {
            text = Translations.text(language, "satisfaction.sms.closed.thanks", closingMessage(details, language));
        }
        // One message for the closing and the survey: citizens read one SMS, not two a moment apart.
        // To the contact given for the case, not whatever the citizen record says by now.
        links.caseContact(caseNumber).flatMap(contact -> OutboundMessage.toCitizen(contact,
                Translations.text(language, "satisfaction.email.closed.subject", caseNumber), text, caseNumber,
                CLOSING_MESSAGE)).ifPresent(notifications::enqueue);
        return invitation.expiresAt();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Rating> rating(String caseNumber) {
        return store.firstOverall(caseNumber).map(Rating::ofScore);
    }

    private String surveyUrl(String token) {
        return SurveyLinks.url(properties, token);
    }

    /** The closing in the citizen's language, the service item named as the case's version names it in it. */
    private String closingMessage(CaseDetails details, Locale language) {
        return Translations.text(language, details.outcome() == Outcome.APPROVED ? "satisfaction.sms.closed.approved"
                : "satisfaction.sms.closed.rejected", details.caseNumber(), details.serviceItemName(language));
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyInvitation open(String token) {
        SurveyStore.Invitation invitation = valid(token);
        if (invitation.supplementedAt() != null
                || invitation.answeredAt() != null && invitation.stage() != EvaluationStage.CLOSING) {
            // The supplementary review follows the closing's evaluation; an acceptance's is answered once.
            throw new SurveyUnavailableException(Reason.USED, Translations.current("satisfaction.error.survey.used"));
        }
        EvaluationChannel channel = recorder.channelOf(invitation, AnswerChannel.LINK, tokenKind(token));
        return new SurveyInvitation(invitation.caseNumber(), invitation.serviceItemName(), invitation.closedAt(),
                invitation.expiresAt(), invitation.answeredAt() != null, invitation.serviceItemNameEn(),
                indicatorSets.published(channel).orElseThrow(), invitation.stage());
    }

    @Override
    public void supplement(String token, SupplementaryReview review) {
        if (currentStaff.find().isPresent()) {
            throw new SurveyUnavailableException(Reason.STAFF, Translations.current("satisfaction.error.survey.staff"));
        }
        SurveyStore.Invitation invitation = valid(token);
        if (invitation.answeredAt() == null) {
            throw new BusinessRuleException(Translations.current("satisfaction.error.survey.answerFirst"));
        }
        if (invitation.stage() != EvaluationStage.CLOSING) {
            throw new SurveyUnavailableException(Reason.USED, Translations.current("satisfaction.error.survey.used"));
        }
        AnswerValidator.check(review);
        Instant now = clock.instant();
        if (!store.markSupplemented(invitation.id(), now)) {
            throw new SurveyUnavailableException(Reason.USED,
                    Translations.current("satisfaction.error.survey.supplemented"));
        }
        store.insertSupplementary(invitation, review.overall().score(), review.comment().strip(), now);
        // A rectification fed back to the citizen waits for this; without one, nothing waits.
        runtimeService.createMessageCorrelation(BadReviewRectificationProcess.MESSAGE_SUPPLEMENTARY_REVIEW_GIVEN)
                .processInstanceBusinessKey(invitation.caseNumber()).correlateAllWithResult();
    }

    @Override
    public void submit(String token, SurveyAnswers answers, AnswerChannel channel) {
        if (currentStaff.find().isPresent()) {
            // Staff must not answer for citizens, not even by opening the citizen's link while signed in.
            throw new SurveyUnavailableException(Reason.STAFF, Translations.current("satisfaction.error.survey.staff"));
        }
        SurveyStore.Invitation invitation = usable(token);
        recorder.answered(invitation, answers, channel, recorder.channelOf(invitation, channel, tokenKind(token)));
    }

    private TokenKind tokenKind(String token) {
        return store.tokenKind(SurveyTokens.hash(token)).orElse(TokenKind.LINK);
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.FOLLOW_UP)
    public java.util.List<org.onewindow.satisfaction.PhoneCall> pendingPhoneCalls() {
        return taskService.createTaskQuery().taskDefinitionKey(SatisfactionFollowUpProcess.TASK_PHONE_FOLLOW_UP)
                .orderByTaskCreateTime().asc().listPage(0, 500).stream()
                .map(task -> runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .singleResult().getBusinessKey())
                .map(caseNumber -> store.findByCase(caseNumber)
                        .map(invitation -> new org.onewindow.satisfaction.PhoneCall(
                                caseNumber, invitation.serviceItemName(),
                                caseRecords.caseDetails(caseNumber).map(CaseDetails::citizenName).orElse(""),
                                links.citizenMobile(caseNumber).orElse(""), invitation.closedAt(),
                                invitation.phoneAttempts(), invitation.serviceItemNameEn())))
                .flatMap(java.util.Optional::stream).toList();
    }

    @Override
    @RolesAllowed(AppRoles.FOLLOW_UP)
    public void recordByPhone(String caseNumber, SurveyAnswers answers) {
        SurveyStore.Invitation invitation = store.findByCase(caseNumber)
                .orElseThrow(() -> new NotFoundException(
                        Translations.current("satisfaction.error.noInvitation", caseNumber)));
        if (invitation.answeredAt() != null) {
            throw new BusinessRuleException(Translations.current("satisfaction.error.alreadyRated", caseNumber));
        }
        if (clock.instant().isAfter(invitation.expiresAt())) {
            // The evaluation period is the jurisdiction's rule for every channel, the phone included.
            throw new SurveyUnavailableException(Reason.EXPIRED,
                    Translations.current("satisfaction.error.survey.expired"));
        }
        String caller = currentStaff.require().username();
        recorder.record(invitation, answers, AnswerChannel.PHONE, EvaluationChannel.PHONE, caller);
        phoneAttempts.record(invitation.id(), caseNumber, caller, clock.instant(), true);
        taskService.complete(phoneTask(caseNumber).getId(), Map.of(SatisfactionFollowUpProcess.VAR_REACHED, true,
                SatisfactionFollowUpProcess.VAR_BAD_REVIEW, answers.overall().isBad()));
    }

    @Override
    @RolesAllowed(AppRoles.FOLLOW_UP)
    public int recordUnreachableAttempt(String caseNumber) {
        SurveyStore.Invitation invitation = store.findByCase(caseNumber)
                .orElseThrow(() -> new NotFoundException(
                        Translations.current("satisfaction.error.noInvitation", caseNumber)));
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
            throw new BusinessRuleException(Translations.current("satisfaction.error.noPhoneFollowUp", caseNumber));
        }
        return task;
    }

    /** A known, unexpired link that was not answered yet. */
    private SurveyStore.Invitation usable(String token) {
        SurveyStore.Invitation invitation = valid(token);
        if (invitation.answeredAt() != null) {
            throw new SurveyUnavailableException(Reason.USED, Translations.current("satisfaction.error.survey.used"));
        }
        return invitation;
    }

    /** A known, unexpired link. */
    private SurveyStore.Invitation valid(String token) {
        SurveyStore.Invitation invitation = token == null ? null
                : store.findByTokenHash(SurveyTokens.hash(token)).orElse(null);
        if (invitation == null && token != null && store.revoked(SurveyTokens.hash(token))) {
            throw new SurveyUnavailableException(Reason.REPLACED,
                    Translations.current("satisfaction.error.survey.replaced"));
        }
        if (invitation == null) {
            throw new SurveyUnavailableException(Reason.UNKNOWN,
                    Translations.current("satisfaction.error.survey.unknown"));
        }
        if (clock.instant().isAfter(invitation.expiresAt())) {
            throw new SurveyUnavailableException(Reason.EXPIRED,
                    Translations.current("satisfaction.error.survey.expired"));
        }
        return invitation;
    }

    @Override
    public long recordFromProvince(org.onewindow.satisfaction.ProvinceEvaluation evaluation) {
        return provinceEvaluations.record(evaluation);
    }
}
