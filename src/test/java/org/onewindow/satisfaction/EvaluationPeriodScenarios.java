package org.onewindow.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The jurisdiction's evaluation period holds for every channel: after it, the SMS link and the phone follow-up
 * alike refuse an answer with the "expired" message (the kiosk and the printed notice: {@code KioskScenarios},
 * {@code SurveyScenarios}). On H2 and PostgreSQL.
 */
abstract class EvaluationPeriodScenarios {

    @Autowired
    SatisfactionService satisfaction;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    JurisdictionRules rules;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void afterTheEvaluationPeriodNeitherTheLinkNorThePhoneTakesAnAnswer() {
        assertThat(rules.evaluationPeriod()).isEqualTo(Duration.ofDays(15));
        String caseNumber = fixtures.closedCase();
        String link = fixtures.invite(caseNumber);
        fixtures.fireTimer(caseNumber, SatisfactionFollowUpProcess.KEY); // no answer in time: call the citizen

        clock.advance(rules.evaluationPeriod().plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> staff.run("followup",
                () -> satisfaction.recordByPhone(caseNumber,
                        fixtures.answers(EvaluationChannel.PHONE, Rating.SATISFIED, 1))))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED))
                .hasMessage(Translations.current("satisfaction.error.survey.expired"));
        assertThatThrownBy(
                () -> satisfaction.submit(link, fixtures.answers(EvaluationChannel.SMS, Rating.SATISFIED, 1),
                        AnswerChannel.LINK))
                .isInstanceOfSatisfying(SurveyUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EXPIRED));
        assertThat(satisfaction.rating(caseNumber)).isEmpty();
    }

    @Test
    void withinTheEvaluationPeriodThePhoneTakesTheAnswer() {
        String caseNumber = fixtures.closedCase();
        fixtures.invite(caseNumber);
        fixtures.fireTimer(caseNumber, SatisfactionFollowUpProcess.KEY);

        clock.advance(rules.evaluationPeriod().minus(Duration.ofDays(1)));
        staff.run("followup",
                () -> satisfaction.recordByPhone(caseNumber,
                        fixtures.answers(EvaluationChannel.PHONE, Rating.SATISFIED, 1)));
        assertThat(satisfaction.rating(caseNumber)).contains(Rating.SATISFIED);
    }
}
