package org.onewindow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.shared.CaseLogContext;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.H2IntegrationTest;
import org.onewindow.support.Staff;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Log lines about a case carry its number in the logging context: from the window's registration, from claiming
 * and completing a step, and from a process step the engine runs (a deadline timer), and it is gone afterwards.
 */
@H2IntegrationTest
class CaseLoggingContextIntegrationTest {

    private static final List<String> LOGGERS = List.of("org.onewindow.intake.internal.DefaultCaseRegistrationService",
            "org.onewindow.casework.internal.DefaultTaskWorkService", "org.onewindow.casework.internal.StepCompletions",
            "org.onewindow.casework.internal.StepEscalations");

    @Autowired
    Staff staff;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private final Recorder recorder = new Recorder();

    /** Keeps each line's message and logging context as they were when it was logged. */
    private static final class Recorder extends AppenderBase<ILoggingEvent> {
        record Line(String message, Map<String, String> context) {
        }

        final List<Line> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(new Line(event.getFormattedMessage(), Map.copyOf(event.getMDCPropertyMap())));
        }

        Line lineStartingWith(String start) {
            return lines.stream().filter(line -> line.message().startsWith(start)).reduce((first, last) -> last)
                    .orElseThrow(() -> new AssertionError("No log line starting with " + start + " in " + lines));
        }
    }

    @BeforeEach
    void attach() {
        recorder.start();
        LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).addAppender(recorder));
    }

    @AfterEach
    void detach() {
        LOGGERS.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).detachAppender(recorder));
    }

    @Test
    void linesAboutACaseCarryItsNumber() {
        String caseNumber = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "11010519491231002X", "Zhao Lan", "13800138000", "HRSS-001", List.of("Resident ID card"), null,
                Channel.WINDOW))).caseNumber();
        assertThat(recorder.lineStartingWith("Case registered").context()).containsEntry(CaseLogContext.KEY,
                caseNumber);
        assertThat(MDC.get(CaseLogContext.KEY)).isNull();

        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        PageRequest page = new PageRequest(0, 5);
        staff.run("hrss.worker", () -> work.claim(inbox.departmentQueue(filter, page).get(0).taskId()));
        assertThat(recorder.lineStartingWith("Step user_task_review_by_lead_department claimed by hrss.worker")
                .context()).containsEntry(CaseLogContext.KEY, caseNumber);
        assertThat(MDC.get(CaseLogContext.KEY)).isNull();

        // A timer job, run by the engine with nobody signed in: the engine names the case (its business key).
        String processInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(processInstance)
                .activityId("boundary_timer_lead_review_overdue").singleResult().getId());
        assertThat(recorder.lineStartingWith("Step user_task_review_by_lead_department of HRSS is overdue").context())
                .containsEntry(CaseLogContext.KEY, caseNumber);
        assertThat(MDC.get(CaseLogContext.KEY)).isNull();
    }
}
