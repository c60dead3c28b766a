package org.onewindow.casework.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.casework.CaseEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Escalations, reassignments and at-risk flags of a case ({@code casework_case_event}). */
@Repository
class CaseEventStore {

    private final JdbcClient jdbc;

    CaseEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(CaseEvent event, String taskId) {
        jdbc.sql("""
                insert into casework_case_event (case_number, kind, task_id, task_name, department_code, actor, detail,
                    created_at)
                values (:caseNumber, :kind, :taskId, :taskName, :department, :actor, :detail, :created)""")
                .param("caseNumber", event.caseNumber()).param("kind", event.kind().name()).param("taskId", taskId)
                .param("taskName", event.taskName()).param("department", event.departmentCode())
                .param("actor", event.actor()).param("detail", event.detail())
                .param("created", event.createdAt().atOffset(ZoneOffset.UTC)).update();
    }

    List<CaseEvent> forCase(String caseNumber) {
        return jdbc.sql("""
                select case_number, kind, task_name, department_code, actor, detail, created_at
                from casework_case_event where case_number = :caseNumber order by created_at, id""")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> new CaseEvent(rs.getString(1), CaseEvent.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }
}
