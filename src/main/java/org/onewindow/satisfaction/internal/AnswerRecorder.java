package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.Channel;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Stores a citizen's answers once per invitation, whichever way they came (link, printed notice, kiosk,
 * phone), and tells the follow-up process, so that every channel ends the follow-up the same way.
 */
@Component
class AnswerRecorder {

    private final SurveyStore store;
    private final IndicatorSetStore indicatorSets;
    private final CaseRecordService caseRecords;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final ProvinceResponseStore responses;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final BadReviews badReviews;

    AnswerRecorder(SurveyStore store, IndicatorSetStore indicatorSets, CaseRecordService caseRecords,
            RuntimeService runtimeService, Clock clock, ProvinceResponseStore responses,
            org.springframework.context.ApplicationEventPublisher events, BadReviews badReviews) {
        this.badReviews = badReviews;
        this.store = store;
        this.indicatorSets = indicatorSets;
        this.caseRecords = caseRecords;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.responses = responses;
        this.events = events;
    }

    /**
     * The evaluation channel of an answer to this invitation (see {@link EvaluationChannel#of}): the link of a
     * printed notice is the window's, an SMS link the online channel's when the case was registered online.
     *
     * @param tokenKind the kind of the token answered through, null for the kiosk and the phone
     */
    EvaluationChannel channelOf(SurveyStore.Invitation invitation, AnswerChannel answer, TokenKind tokenKind) {
        Channel caseChannel = answer == AnswerChannel.LINK && tokenKind != TokenKind.NOTICE
                ? caseRecords.caseDetails(invitation.caseNumber()).map(CaseDetails::channel).orElse(Channel.WINDOW)
                : Channel.WINDOW;
        return EvaluationChannel.of(answer, tokenKind == TokenKind.NOTICE, caseChannel);
    }

    /** The citizen answered by themselves (link, notice or kiosk): stored, and the waiting follow-up moves on. */
    void answered(SurveyStore.Invitation invitation, SurveyAnswers answers, AnswerChannel channel,
            EvaluationChannel evaluation) {
        record(invitation, answers, channel, evaluation, null);
        if (invitation.stage() != EvaluationStage.CLOSING) {
            // An evaluation of the acceptance (一事多评) is the case's own; the follow-up waits for the closing's. A bad
            // one is rectified at once, like every bad review.
            if (answers.overall().isBad()) {
                badReviews.rectify(invitation.caseNumber(), invitation.stage());
            }
            return;
        }
        // No instance waits yet when the answer came before the follow-up's first step (notice, kiosk): that
        // step then finds the answer and does not wait for it.
        runtimeService.createMessageCorrelation(SatisfactionFollowUpProcess.MESSAGE_SURVEY_ANSWERED)
                .processInstanceBusinessKey(invitation.caseNumber())
                .setVariable(SatisfactionFollowUpProcess.VAR_BAD_REVIEW, answers.overall().isBad())
                .correlateAllWithResult();
    }

    /**
     * Stores the answers with the indicator set they answered and its scores, and uses the invitation up.
     *
     * @throws InvalidInputException for incomplete or out-of-range answers; nothing is stored then
     * @throws SurveyUnavailableException when the invitation was answered already, also a moment ago
     */
    void record(SurveyStore.Invitation invitation, SurveyAnswers answers, AnswerChannel channel,
            EvaluationChannel evaluation, String recordedBy) {
        AnswerValidator.check(answers, evaluation,
                answers.indicatorSetId() == null ? Optional.empty() : indicatorSets.find(answers.indicatorSetId()));
        Instant now = clock.instant();
        if (!store.markAnswered(invitation.id(), now)) {
            throw new SurveyUnavailableException(Reason.USED, Translations.current("satisfaction.error.survey.used"));
        }
        events.publishEvent(responses.given(store.insertResponse(invitation, answers, channel, recordedBy, now)));
    }
}
