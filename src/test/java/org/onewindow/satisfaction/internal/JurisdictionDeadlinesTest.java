package org.onewindow.satisfaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.notification.NotificationService;
import org.onewindow.satisfaction.CitizenCallBack;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.satisfaction.Verification;
import org.onewindow.shared.AppRoles;

/**
 * The days to verify and to rectify a bad review, and to call the citizen back, are the jurisdiction's: a hall
 * like Dezhou's, with 5 working days to verify and 10 to rectify, gets those deadlines, read from the rules
 * bean (the integration scenarios prove today's 1 and 15 against the real calendar).
 */
class JurisdictionDeadlinesTest {

    static final String CASE_NUMBER = "OW-20261207-00001";
    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final JurisdictionRules DEZHOU = new JurisdictionRules(5, 10, true, Duration.ofDays(15), false);

    private final RectificationStore store = mock(RectificationStore.class);
    private final WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    @Test
    void verificationIsDueInTheJurisdictionsWorkingDays() {
        Instant inFive = NOW.plus(Duration.ofDays(7));
        when(calendar.deadline(NOW, 5)).thenReturn(inFive);
        when(store.find(CASE_NUMBER)).thenReturn(Optional.of(rectification(RectificationStage.VERIFYING, inFive,
                null)));

        when(store.open(CASE_NUMBER, EvaluationStage.CLOSING, NOW, inFive)).thenReturn(true);

        Rectification opened = workflow(DEZHOU).open(CASE_NUMBER, EvaluationStage.CLOSING).orElseThrow();

        verify(store).open(CASE_NUMBER, EvaluationStage.CLOSING, NOW, inFive);
        assertThat(opened.verifyDueAt()).isEqualTo(inFive);
    }

    @Test
    void todaysRulesGiveOneWorkingDayToVerify() {
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        when(calendar.deadline(NOW, 1)).thenReturn(tomorrow);
        when(store.find(CASE_NUMBER)).thenReturn(Optional.of(rectification(RectificationStage.VERIFYING, tomorrow,
                null)));

        workflow(JurisdictionRules.defaults()).open(CASE_NUMBER, EvaluationStage.ACCEPTANCE);

        verify(store).open(CASE_NUMBER, EvaluationStage.ACCEPTANCE, NOW, tomorrow);
        assertThat(workflow(JurisdictionRules.defaults()).callBackRequired()).isFalse();
        assertThat(workflow(DEZHOU).callBackRequired()).isTrue();
    }

    @Test
    void theCallBackIsDueInTheWorkingDaysToVerify() {
        Instant inFive = NOW.plus(Duration.ofDays(7));
        when(calendar.deadline(NOW, 5)).thenReturn(inFive);
        when(store.find(CASE_NUMBER)).thenReturn(Optional.of(rectification(RectificationStage.FED_BACK, NOW,
                new CitizenCallBack(NOW, inFive, null, null, null, null, null))));

        assertThat(workflow(DEZHOU).openCallBack(CASE_NUMBER)).isEqualTo(inFive);
        verify(store).openCallBack(CASE_NUMBER, NOW, inFive);
    }

    @Test
    void aJustifiedReviewIsDueForRectificationInTheJurisdictionsWorkingDays() {
        Instant inTen = NOW.plus(Duration.ofDays(14));
        when(calendar.deadline(NOW, 10)).thenReturn(inTen);
        when(store.find(CASE_NUMBER))
                .thenReturn(Optional.of(rectification(RectificationStage.VERIFYING, NOW, null)));
        when(store.recordVerification(anyString(), any(), anyString(), anyString(), any(), any(), any()))
                .thenReturn(true);
        CurrentStaff currentStaff = mock(CurrentStaff.class);
        when(currentStaff.require()).thenReturn(new StaffMember("hrss.head", "Head", Set.of(AppRoles.DEPT_HEAD),
                Set.of("HRSS"), true));
        TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
        Task task = mock(Task.class);
        when(task.getId()).thenReturn("task-1");
        when(tasks.createTaskQuery().processDefinitionKey(anyString()).processInstanceBusinessKey(anyString())
                .taskDefinitionKey(anyString()).singleResult()).thenReturn(task);
        DefaultRectificationService service = new DefaultRectificationService(store, mock(MobileRevealLog.class),
                mock(SurveyLinks.class), tasks, currentStaff, new RectificationAccessPolicy(), calendar, DEZHOU,
                clock);

        service.verify(CASE_NUMBER, new Verification(Verdict.JUSTIFIED, "Called; she is right.", null));

        verify(store).recordVerification(eq(CASE_NUMBER), eq(Verdict.JUSTIFIED), anyString(), eq("hrss.head"),
                eq(NOW), eq(RectificationStage.RECTIFYING), eq(inTen));
        verify(tasks).complete(eq("task-1"), anyMap());
    }

    private RectificationWorkflow workflow(JurisdictionRules rules) {
        return new RectificationWorkflow(store, mock(SurveyLinks.class), mock(NotificationService.class),
                mock(DirectoryService.class), calendar, rules, clock,
                mock(org.springframework.context.ApplicationEventPublisher.class));
    }

    private static Rectification rectification(RectificationStage stage, Instant verifyDueAt,
            CitizenCallBack callBack) {
        return new Rectification(CASE_NUMBER, "社会保障卡补换", "HRSS", stage, NOW, verifyDueAt, null, null, null, null,
                null, null, null, null, null, null, null, null, List.of(), "Social security card application",
                callBack);
    }
}
