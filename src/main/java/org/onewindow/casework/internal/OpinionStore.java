package org.onewindow.casework.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.casework.Opinion;
import org.onewindow.casework.StepKind;
import org.onewindow.directory.DirectoryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opinions, decisions and confirmations recorded at each step ({@code casework_opinion}). */
@Repository
class OpinionStore {

    private final JdbcClient jdbc;
    private final DirectoryService directory;

    OpinionStore(JdbcClient jdbc, DirectoryService directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    void record(String taskId, Opinion opinion, String authorUsername) {
        jdbc.sql("""
                insert into casework_opinion (case_number, task_id, task_key, step_name, department_code,
                    author_username, author_name, kind, decision, text, created_at)
                values (:caseNumber, :taskId, :taskKey, :step, :department, :username, :author, :kind, :decision,
                    :text, :created)""")
                .param("caseNumber", opinion.caseNumber()).param("taskId", taskId).param("taskKey", opinion.taskKey())
                .param("step", opinion.stepName()).param("department", opinion.departmentCode())
                .param("username", authorUsername).param("author", opinion.authorName())
                .param("kind", opinion.kind().name()).param("decision", opinion.decision())
                .param("text", opinion.text()).param("created", opinion.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * The case's opinions, each author named as the account is named now in the reader's language (the row's copy
     * of the name is the one of the day it was written, in Chinese); a row without an account keeps its copy.
     */
    List<Opinion> forCase(String caseNumber) {
        Map<String, String> names = new HashMap<>();
        return jdbc.sql("""
                select case_number, task_key, step_name, kind, department_code, author_username, author_name,
                decision, text, created_at
                from casework_opinion where case_number = :caseNumber order by created_at, id""")
                .param("caseNumber", caseNumber)
                .query((rs, row) -> new Opinion(rs.getString("case_number"), rs.getString("task_key"),
                        rs.getString("step_name"),
                        StepKind.valueOf(rs.getString("kind")), rs.getString("department_code"),
                        authorName(rs.getString("author_username"), rs.getString("author_name"), names),
                        rs.getString("decision"), rs.getString("text"),
                        toInstant(rs.getObject("created_at", OffsetDateTime.class))))
                .list();
    }

    private String authorName(String username, String copied, Map<String, String> names) {
        if (username == null) {
            return copied;
        }
        return names.computeIfAbsent(username,
                known -> directory.staff(known).isPresent() ? directory.staffName(known) : copied);
    }

    private static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
