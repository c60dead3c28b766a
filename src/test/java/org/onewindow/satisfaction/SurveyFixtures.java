package org.onewindow.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.support.Journeys;
import org.onewindow.support.Staff;
import org.springframework.stereotype.Component;

/** Closed cases, their survey links as the citizen gets them, and the follow-up's jobs, for the service tests. */
@Component
class SurveyFixtures {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{22})");

    private final Journeys journeys;
    private final NotificationService notifications;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final HistoryService historyService;
    private final Staff staff;
    private final CaseRegistrationService intake;
    private final TaskInboxService inbox;
    private final TaskWorkService work;
    private final IndicatorSetService indicatorSets;

    SurveyFixtures(Journeys journeys, NotificationService notifications, RuntimeService runtimeService,
            ManagementService managementService, HistoryService historyService, Staff staff,
            CaseRegistrationService intake,
            TaskInboxService inbox, TaskWorkService work, IndicatorSetService indicatorSets) {
        this.indicatorSets = indicatorSets;
        this.journeys = journeys;
        this.staff = staff;
        this.intake = intake;
        this.inbox = inbox;
        this.work = work;
        this.notifications = notifications;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.historyService = historyService;
    }

    /** A closed case of Sun Hua, who takes messages in Chinese, the default. */
    String closedCase() {
        return journeys.closedSocialSecurityCard("110101199003074477", "Sun Hua", "13698765432");
    }

    /**
     * A closed case of Emma Clark, who asked at the window for messages in English. As {@link Journeys} closes
     * a case, with the language given at the registration.
     */
    String closedCaseInEnglish() {
        return closedCaseInEnglish("frontdesk2");
    }

    /** The same, with the result delivered by the given front-desk account, at their window. */
    String closedCaseInEnglish(String deliveredBy) {
        return journeys.closedSocialSecurityCard("110101198805121234", "Emma Clark", "13611112222", deliveredBy,
                Locale.ENGLISH);
    }

    /** Runs the asynchronous invitation step and reads the token from the text message in the outbox. */
    String invite(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(SatisfactionFollowUpProcess.KEY).singleResult().getId();
        managementService
                .executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        return latestLink(caseNumber);
    }

    /** The token of the newest message of the case that carries a survey link. */
    String latestLink(String caseNumber) {
        List<OutboxMessage> messages = notifications.messagesOfCase(caseNumber);
        String token = null;
        for (OutboxMessage message : messages) {
            Matcher matcher = LINK.matcher(message.body());
            if (matcher.find()) {
                token = matcher.group(1);
            }
        }
        assertThat(token).as("a survey link in the messages of %s", caseNumber).isNotNull();
        return token;
    }

    /** The one timer waiting in the case's process with the given key. */
    void fireTimer(String caseNumber, String processKey) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(processKey).singleResult().getId();
        Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        managementService.executeJob(timer.getId());
    }

    /** Where the case's process with this key ended; fails while it still runs. */
    String ended(String caseNumber, String processKey) {
        var instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(processKey).singleResult();
        assertThat(instance.getEndTime()).as("%s of %s ended", processKey, caseNumber).isNotNull();
        return instance.getEndActivityId();
    }

    /**
     * Pleasant answers to the current questionnaire of the channel, with the given overall rating and visits (null:
     * a missing answer): every indicator of the set scored.
     */
    SurveyAnswers answers(EvaluationChannel channel, Rating overall, Integer visits) {
        return answers(indicatorSets.current(channel), overall, visits, "Quick and friendly.");
    }

    /** Pleasant answers to the questionnaire of {@code set}, as shown to the citizen. */
    SurveyAnswers answersTo(IndicatorSet set, Rating overall, Integer visits) {
        return answers(set, overall, visits, "Quick and friendly.");
    }

    /** Poor answers to the current questionnaire of the channel: three visits, low scores, a complaint. */
    SurveyAnswers poorAnswers(EvaluationChannel channel, Rating overall) {
        IndicatorSet set = indicatorSets.current(channel);
        Map<String, Integer> scores = new LinkedHashMap<>();
        int[] low = { 2, 3, 2, 3, 1 };
        for (int i = 0; i < set.indicators().size(); i++) {
            scores.put(set.indicators().get(i).code(), low[i % low.length]);
        }
        return SurveyAnswers.of(set, overall, scores, 3, "I had to come three times and nobody explained why.");
    }

    /** Answers to {@code set}: its indicators scored 4, 5, 3, 4, 4, … in its order. */
    static SurveyAnswers answers(IndicatorSet set, Rating overall, Integer visits, String comment) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        int[] pleasant = { 4, 5, 3, 4, 4 };
        for (int i = 0; i < set.indicators().size(); i++) {
            scores.put(set.indicators().get(i).code(), pleasant[i % pleasant.length]);
        }
        return SurveyAnswers.of(set, overall, scores, visits, comment);
    }
}
