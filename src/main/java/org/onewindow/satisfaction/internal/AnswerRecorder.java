package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.satisfaction.AnswerChannel;
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
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final ProvinceResponseStore responses;
    private final org.springframework.context.ApplicationEventPublisher events;

    AnswerRecorder(SurveyStore store, RuntimeService runtimeService, Clock clock, ProvinceResponseStore responses,
            org.springframework.context.ApplicationEventPublisher events) {
        this.store = store;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.responses = responses;
        this.events = events;
    }

    /** The citizen answered by themselves (link, notice or kiosk): stored, and the waiting follow-up moves on. */
    void answered(SurveyStore.Invitation invitation, SurveyAnswers answers, AnswerChannel channel) {
        record(invitation, answers, channel, null);
        // No instance waits yet when the answer came before the follow-up's first step (notice, kiosk): that
        // step then finds the answer and does not wait for it.
        runtimeService.createMessageCorrelation(SatisfactionFollowUpProcess.MESSAGE_SURVEY_ANSWERED)
                .processInstanceBusinessKey(invitation.caseNumber())
                .setVariable(SatisfactionFollowUpProcess.VAR_BAD_REVIEW, answers.overall().isBad())
                .correlateAllWithResult();
    }

    /**
     * Stores the answers and uses the invitation up.
     *
     * @throws InvalidInputException for incomplete or out-of-range answers; nothing is stored then
     * @throws SurveyUnavailableException when the invitation was answered already, also a moment ago
     */
    void record(SurveyStore.Invitation invitation, SurveyAnswers answers, AnswerChannel channel, String recordedBy) {
        AnswerValidator.check(answers);
        Instant now = clock.instant();
        if (!store.markAnswered(invitation.id(), now)) {
            throw new SurveyUnavailableException(Reason.USED, Translations.current("satisfaction.error.survey.used"));
        }
        store.insertResponse(invitation, answers, channel, recordedBy, now);
        events.publishEvent(responses.given(responses.latestAnswerId(invitation.id())));
    }
}
