package org.onewindow.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code casework_task_record}: every step of a case with its waiting time (created → first claimed)
 * and working time (claimed → completed), written in the engine's transaction like the open-task read model.
 * Times come from the application clock, the same one the deadlines use.
 */
@Component
class TaskRecordProjection {

    private final JdbcClient jdbc;
    private final Clock clock;

    TaskRecordProjection(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(DelegateTask task) {
        if (!OpenTaskProjection.isCaseStep(task)) {
            return;
        }
        Instant now = clock.instant();
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> jdbc.sql("""
                    insert into casework_task_record (task_id, case_number, task_key, department_code, created_at,
                        due_at, claimed_at, assignee)
                    values (:id, :n, :key, :department, :now, :due, :claimed, :assignee)""")
                    .param("id", task.getId()).param("n", task.getExecution().getProcessBusinessKey())
                    .param("key", task.getTaskDefinitionKey())
                    .param("department", OpenTaskProjection.candidateGroup(task))
                    .param("now", utc(now)).param("due", task.getDueDate() == null ? null
                            : utc(task.getDueDate().toInstant()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("claimed", task.getAssignee() == null ? null : utc(now),
                            java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("assignee", task.getAssignee()).update();
            case TaskListener.EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null && !StepsJustCreated.unchangedSinceCreated(task)) {
                    jdbc.sql(
                            "update casework_task_record set assignee = :assignee, claimed_at = coalesce(claimed_at, :now) "
                                    + "where task_id = :id")
                            .param("assignee", task.getAssignee()).param("now", utc(now))
                            .param("id", task.getId()).update();
                }
            }
            case TaskListener.EVENTNAME_UPDATE ->
                jdbc.sql("update casework_task_record set due_at = :due where task_id = :id")
                        .param("due", task.getDueDate() == null ? null : utc(task.getDueDate().toInstant()),
                                java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                        .param("id", task.getId()).update();
            case TaskListener.EVENTNAME_COMPLETE -> ended(task, now, true);
            case TaskListener.EVENTNAME_DELETE -> ended(task, now, false);
            default -> {
                // timeouts change nothing measured here
            }
        }
    }

    private void ended(DelegateTask task, Instant now, boolean completed) {
        var record = jdbc.sql("select created_at, claimed_at from casework_task_record where task_id = :id")
                .param("id", task.getId()).query((rs, i) -> new Instant[] {
                        rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(2, java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject(2, java.time.OffsetDateTime.class).toInstant() })
                .optional();
        if (record.isEmpty()) {
            return; // a step created before this table existed
        }
        Instant created = record.get()[0];
        // A step completed without a claim (the engine's own completion) waited until it was done.
        Instant claimed = record.get()[1] == null ? now : record.get()[1];
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        jdbc.sql("""
                update casework_task_record set ended_at = :now, completed = :completed, assignee = :assignee,
                    wait_seconds = :wait, work_seconds = :work, late = :late
                where task_id = :id""")
                .param("now", utc(now)).param("completed", completed).param("assignee", task.getAssignee())
                .param("wait", Duration.between(created, claimed).toSeconds())
                .param("work", Duration.between(claimed, now).toSeconds())
                .param("late", due != null && now.isAfter(due)).param("id", task.getId()).update();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
