package org.onewindow.satisfaction.process;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.onewindow.satisfaction.SatisfactionProperties;
import org.onewindow.satisfaction.SatisfactionService;
import org.springframework.stereotype.Component;

/**
 * Sends the closing message with the survey link, notes whether the citizen answered already (with the
 * printed notice or at the kiosk, before this step ran), and sets when to call if no answer comes.
 */
@Component
public class SendSurveyInvitationDelegate implements JavaDelegate {

    private final SatisfactionService satisfaction;
    private final WorkingDayCalendar calendar;
    private final SatisfactionProperties properties;
    private final Clock clock;

    SendSurveyInvitationDelegate(SatisfactionService satisfaction, WorkingDayCalendar calendar,
            SatisfactionProperties properties, Clock clock) {
        this.satisfaction = satisfaction;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        execution.setVariable(SatisfactionFollowUpProcess.VAR_SURVEY_EXPIRES_AT,
                Date.from(satisfaction.invite(caseNumber)));
        Optional<Rating> early = satisfaction.rating(caseNumber);
        execution.setVariable(SatisfactionFollowUpProcess.VAR_ANSWERED_ALREADY, early.isPresent());
        early.ifPresent(rating -> execution.setVariable(SatisfactionFollowUpProcess.VAR_BAD_REVIEW, rating.isBad()));
        execution.setVariable(SatisfactionFollowUpProcess.VAR_SURVEY_REMINDER_DATE,
                Date.from(calendar.deadline(clock.instant(), properties.reminderWorkingDays())));
    }
}
