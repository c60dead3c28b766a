package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.ProvinceEvaluation;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores evaluations from the provincial evaluation platform like any other answer (channel PROVINCE, the published
 * PROVINCE indicator set): one still awaited answers the case's survey and moves the follow-up on, exactly as a link
 * answer does; a later one is a further evaluation, and when bad it starts a rectification of its own unless the case
 * has one already.
 */
@Component
class ProvinceEvaluations {

    private final Invitations invitations;
    private final SurveyStore surveys;
    private final ProvinceResponseStore responses;
    private final BadReviews badReviews;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;
    private final JurisdictionRules rules;
    private final Clock clock;

    ProvinceEvaluations(Invitations invitations, SurveyStore surveys, ProvinceResponseStore responses,
            BadReviews badReviews, RuntimeService runtimeService, ApplicationEventPublisher events,
            JurisdictionRules rules, Clock clock) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.responses = responses;
        this.badReviews = badReviews;
        this.runtimeService = runtimeService;
        this.events = events;
        this.rules = rules;
        this.clock = clock;
    }

    long record(ProvinceEvaluation evaluation) {
        CaseDetails details = invitations.closedCase(evaluation.caseNumber());
        Instant evaluatedAt = evaluation.evaluatedAt() == null ? clock.instant() : evaluation.evaluatedAt();
        Instant periodEnd = details.closedAt().plus(rules.evaluationPeriod());
        if (evaluatedAt.isAfter(periodEnd)) {
            throw new BusinessRuleException(Translations.current("satisfaction.error.province.late",
                    evaluation.caseNumber(), rules.evaluationPeriod().toDays()));
        }
        ProvinceResponseStore.IndicatorSet set = responses.publishedSet(AnswerChannel.PROVINCE.name())
                .orElseThrow(
                        () -> new BusinessRuleException(Translations.current("satisfaction.error.province.noSet")));
        Map<String, Integer> scores = check(evaluation, set);
        SurveyStore.Invitation invitation = invitations.ensure(details);
        boolean answersSurvey = surveys.markAnswered(invitation.id(), clock.instant());
        String comment = evaluation.comment() == null || evaluation.comment().isBlank() ? null
                : evaluation.comment().strip();
        long id = responses.insert(invitation, set, evaluation.overall(), scores, comment, evaluatedAt);
        events.publishEvent(responses.given(id));
        boolean bad = Rating.ofScore(evaluation.overall()).isBad();
        if (answersSurvey) {
            // The follow-up waiting for the survey (or its phone call) moves on as after a link answer; one not started
            // yet finds the answer in its first step.
            runtimeService.createMessageCorrelation(SatisfactionFollowUpProcess.MESSAGE_SURVEY_ANSWERED)
                    .processInstanceBusinessKey(evaluation.caseNumber())
                    .setVariable(SatisfactionFollowUpProcess.VAR_BAD_REVIEW, bad).correlateAllWithResult();
        } else if (bad) {
            badReviews.rectify(evaluation.caseNumber(), EvaluationStage.CLOSING);
        }
        return id;
    }

    /** The overall rating and one score per indicator of the set, each 1–5; the comment not too long. */
    private static Map<String, Integer> check(ProvinceEvaluation evaluation, ProvinceResponseStore.IndicatorSet set) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (evaluation.overall() < 1 || evaluation.overall() > 5) {
            errors.put("overall", Translations.current("satisfaction.error.score", 1, 5));
        }
        Map<String, Integer> given = evaluation.scores() == null ? Map.of() : evaluation.scores();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String code : set.codes()) {
            Integer score = given.get(code);
            if (score == null || score < 1 || score > 5) {
                errors.put("scores." + code, Translations.current("satisfaction.error.score", 1, 5));
            } else {
                scores.put(code, score);
            }
        }
        given.keySet().stream().filter(code -> !set.codes().contains(code))
                .forEach(code -> errors.put("scores." + code, Translations.current(
                        "satisfaction.error.province.indicator", code, String.join(", ", set.codes()))));
        if (evaluation.comment() != null
                && evaluation.comment().strip().length() > ProvinceEvaluation.MAX_COMMENT_LENGTH) {
            errors.put("comment", Translations.current("satisfaction.error.commentTooLong",
                    ProvinceEvaluation.MAX_COMMENT_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return scores;
    }
}
