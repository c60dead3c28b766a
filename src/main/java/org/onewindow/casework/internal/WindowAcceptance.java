package org.onewindow.casework.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.onewindow.casework.Opinion;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepKind;
import org.onewindow.casework.StepRecord;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseLifecycleService;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.i18n.Translations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the acceptance a window registration is (the case skips the acceptance review): the opinion in the case
 * file and the step in {@code casework_task_record}, as a confirmed acceptance review leaves them, so that the case
 * file, the progress lookup and the reports read "accepted by the clerk at registration" the same way.
 */
@Component
class WindowAcceptance {

    /** The model's name of the step this acceptance stands for, as {@link Opinion#stepName()} records it. */
    static final String STEP_NAME = "Acceptance review";

    private final OpinionStore opinions;
    private final JdbcClient jdbc;
    private final DirectoryService directory;
    private final CaseLifecycleService lifecycle;

    WindowAcceptance(OpinionStore opinions, JdbcClient jdbc, DirectoryService directory,
            CaseLifecycleService lifecycle) {
        this.opinions = opinions;
        this.jdbc = jdbc;
        this.directory = directory;
        this.lifecycle = lifecycle;
    }

    /** The window's acceptance of the case as a step of its history; empty when the case was not accepted there. */
    Optional<StepRecord> step(String caseNumber) {
        return jdbc.sql("select assignee, created_at from casework_task_record where task_id = :id")
                .param("id", stepId(caseNumber))
                .query((rs, i) -> {
                    Instant at = rs.getObject("created_at", OffsetDateTime.class).toInstant();
                    return new StepRecord(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW, STEP_NAME,
                            rs.getString("assignee"), at, at);
                }).optional();
    }

    /** No engine task exists: the step's own id says it was the window's, one per case. */
    private static String stepId(String caseNumber) {
        return "window-" + caseNumber;
    }

    void record(String caseNumber, String clerk, Instant acceptedAt) {
        String stepId = stepId(caseNumber);
        Optional<StaffMember> member = directory.staff(clerk);
        String clerkName = member.map(StaffMember::displayName).orElse(clerk);
        // Written as the clerk would have typed it: in their own language (the hall's when they have none), not
        // in whichever language the request that registered the case happened to carry (the demo has none).
        Locale language = member.map(StaffMember::language).filter(java.util.Objects::nonNull)
                .orElse(Translations.CHINESE);
        opinions.record(stepId, new Opinion(caseNumber, ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW, STEP_NAME,
                StepKind.ACCEPTANCE, ServiceRequestProcess.GROUP_FRONT_DESK, clerkName, null,
                Translations.text(language, "casework.opinion.acceptedAtWindow"), acceptedAt), clerk);
        // Waiting and working time are not measured: the step took the registration itself, which no one timed.
        jdbc.sql("""
                insert into casework_task_record (task_id, case_number, task_key, department_code, created_at,
                    claimed_at, ended_at, completed, assignee, wait_seconds, late)
                values (:id, :n, :key, :department, :at, :at, :at, true, :assignee, 0, false)""")
                .param("id", stepId).param("n", caseNumber)
                .param("key", ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW)
                .param("department", ServiceRequestProcess.GROUP_FRONT_DESK)
                .param("at", acceptedAt.atOffset(ZoneOffset.UTC)).param("assignee", clerk).update();
        lifecycle.recordAcceptance(caseNumber, clerk, acceptedAt);
    }
}
