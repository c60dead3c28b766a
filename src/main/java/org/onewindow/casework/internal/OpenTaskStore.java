package org.onewindow.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model of open work ({@code casework_open_task}): one row per open user task with the fields the
 * inboxes show and filter on, so that queues are plain indexed queries rather than task queries filtered
 * by process variables.
 */
@Repository
class OpenTaskStore {

    private static final String COLUMNS = "task_id, case_number, task_key, task_name, candidate_group, assignee, "
            + "service_item_code, service_item_name, citizen_name, citizen_id_masked, created_at, due_at, at_risk, "
            + "escalated_at, service_item_name_en";
    private static final String INSERT_COLUMNS = "task_id, case_number, task_key, task_name, candidate_group, assignee, "
            + "service_item_code, service_item_name, citizen_name, citizen_id_masked, created_at, due_at, "
            + "service_item_name_en";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    OpenTaskStore(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(InboxTask task, String processInstanceId) {
        jdbc.sql("insert into casework_open_task (" + INSERT_COLUMNS + ", process_instance_id) "
                + "values (:id, :caseNumber, :key, :name, :group, :assignee, :itemCode, :itemName, :citizen, "
                + ":citizenId, :created, :due, :itemNameEn, :pi)")
                .param("id", task.taskId()).param("caseNumber", task.caseNumber()).param("key", task.taskKey())
                .param("name", task.taskName()).param("group", task.candidateGroup())
                .param("assignee", task.assignee()).param("itemCode", task.serviceItemCode())
                .param("itemName", task.serviceItemName()).param("itemNameEn", task.serviceItemNameEn())
                .param("citizen", task.citizenName())
                .param("citizenId", task.citizenMaskedIdNumber()).param("created", utc(task.createdAt()))
                .param("due", utc(task.dueAt())).param("pi", processInstanceId)
                .update();
    }

    void updateAssignment(String taskId, String assignee, Instant dueAt) {
        jdbc.sql("update casework_open_task set assignee = :assignee, due_at = :due where task_id = :id")
                .param("assignee", assignee).param("due", utc(dueAt)).param("id", taskId).update();
    }

    /** How many open tasks wait in a queue (a department's code or a role's). */
    long countInGroup(String candidateGroup) {
        return jdbc.sql("select count(*) from casework_open_task where candidate_group = :group")
                .param("group", candidateGroup).query(Long.class).single();
    }

    /** Open tasks of a step of one process instance (several for a joint review). */
    List<InboxTask> ofStep(String processInstanceId, String taskKey) {
        return jdbc
                .sql("select " + COLUMNS
                        + " from casework_open_task where process_instance_id = :pi and task_key = :key")
                .param("pi", processInstanceId).param("key", taskKey).query(OpenTaskStore::map).list();
    }

    void markAtRisk(String taskId) {
        jdbc.sql("update casework_open_task set at_risk = true where task_id = :id").param("id", taskId).update();
    }

    void markEscalated(String taskId, Instant at) {
        jdbc.sql("update casework_open_task set at_risk = true, escalated_at = :at where task_id = :id")
                .param("at", utc(at)).param("id", taskId).update();
    }

    void moveToQueue(String taskId, String candidateGroup) {
        jdbc.sql("update casework_open_task set candidate_group = :group, assignee = null where task_id = :id")
                .param("group", candidateGroup).param("id", taskId).update();
    }

    void delete(String taskId) {
        jdbc.sql("delete from casework_open_task where task_id = :id").param("id", taskId).update();
    }

    Optional<InboxTask> find(String taskId) {
        return jdbc.sql("select " + COLUMNS + " from casework_open_task where task_id = :id").param("id", taskId)
                .query(OpenTaskStore::map).optional();
    }

    List<InboxTask> byCase(String caseNumber) {
        return jdbc.sql("select " + COLUMNS + " from casework_open_task where case_number = :caseNumber "
                + "order by created_at").param("caseNumber", caseNumber).query(OpenTaskStore::map).list();
    }

    /** Open steps with these keys of these cases, oldest first (served by ix_open_task_case). */
    List<InboxTask> ofCases(Collection<String> caseNumbers, Collection<String> taskKeys) {
        if (caseNumbers.isEmpty() || taskKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from casework_open_task where case_number in (:caseNumbers) "
                + "and task_key in (:keys) order by created_at, task_id")
                .param("caseNumbers", caseNumbers).param("keys", taskKeys).query(OpenTaskStore::map).list();
    }

    /** Every open step {@code username} holds, oldest first: what goes back to the queues when they leave. */
    List<InboxTask> allAssignedTo(String username) {
        return jdbc.sql("select " + COLUMNS + " from casework_open_task where assignee = :assignee "
                + "order by created_at, task_id").param("assignee", username).query(OpenTaskStore::map).list();
    }

    List<InboxTask> assignedTo(String username, InboxFilter filter, PageRequest page) {
        Query query = new Query(clock.instant(), "assignee = :assignee", filter);
        return query.select(jdbc, page).param("assignee", username).query(OpenTaskStore::map).list();
    }

    long countAssignedTo(String username, InboxFilter filter) {
        Query query = new Query(clock.instant(), "assignee = :assignee", filter);
        return query.count(jdbc).param("assignee", username).query(Long.class).single();
    }

    List<InboxTask> unclaimedIn(Collection<String> groups, InboxFilter filter, PageRequest page) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Query query = new Query(clock.instant(), "assignee is null and candidate_group in (:groups)", filter);
        return query.select(jdbc, page).param("groups", groups).query(OpenTaskStore::map).list();
    }

    List<InboxTask> allIn(Collection<String> groups, InboxFilter filter, PageRequest page) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Query query = new Query(clock.instant(), "candidate_group in (:groups)", filter);
        return query.select(jdbc, page).param("groups", groups).query(OpenTaskStore::map).list();
    }

    long countAllIn(Collection<String> groups, InboxFilter filter) {
        if (groups.isEmpty()) {
            return 0;
        }
        Query query = new Query(clock.instant(), "candidate_group in (:groups)", filter);
        return query.count(jdbc).param("groups", groups).query(Long.class).single();
    }

    long countUnclaimedIn(Collection<String> groups, InboxFilter filter) {
        if (groups.isEmpty()) {
            return 0;
        }
        Query query = new Query(clock.instant(), "assignee is null and candidate_group in (:groups)", filter);
        return query.count(jdbc).param("groups", groups).query(Long.class).single();
    }

    /** The where clause of an inbox query with the grid's filters; the same for the page and its count. */
    private static final class Query {

        private final String where;
        private final boolean latestDueFirst;
        private final List<Object[]> params = new ArrayList<>();

        Query(Instant now, String baseCondition, InboxFilter filter) {
            StringBuilder sql = new StringBuilder(baseCondition);
            switch (filter.urgency()) {
                case AT_RISK -> {
                    sql.append(" and at_risk = true and due_at >= :now");
                    params.add(new Object[] { "now", utc(now) });
                }
                case OVERDUE -> {
                    sql.append(" and due_at < :now");
                    params.add(new Object[] { "now", utc(now) });
                }
                case ALL -> {
                    // no deadline condition
                }
            }
            if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
                sql.append(" and case_number like :caseNumber");
                params.add(new Object[] { "caseNumber", "%" + filter.caseNumber().trim().toUpperCase() + "%" });
            }
            if (filter.serviceItemCode() != null && !filter.serviceItemCode().isBlank()) {
                sql.append(" and service_item_code = :itemCode");
                params.add(new Object[] { "itemCode", filter.serviceItemCode() });
            }
            this.where = sql.toString();
            this.latestDueFirst = filter.latestDueFirst();
        }

        JdbcClient.StatementSpec select(JdbcClient jdbc, PageRequest page) {
            // Soonest due first, tasks without a due date last, task id keeping the order stable across pages; or
            // exactly that order turned round, which PostgreSQL reads backwards along the queue index instead of
            // sorting the whole queue (the 10th page of 100,000 steps took p95 120-230 ms before, issue 7).
            return bind(jdbc.sql("select " + COLUMNS + " from casework_open_task where " + where
                    + (latestDueFirst ? " order by due_at desc nulls first, task_id desc"
                            : " order by due_at nulls last, task_id")
                    + " offset " + page.offset() + " rows fetch next " + page.limit() + " rows only"));
        }

        JdbcClient.StatementSpec count(JdbcClient jdbc) {
            return bind(jdbc.sql("select count(*) from casework_open_task where " + where));
        }

        private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (Object[] param : params) {
                spec = spec.param((String) param[0], param[1]);
            }
            return spec;
        }
    }

    private static InboxTask map(ResultSet rs, int row) throws SQLException {
        return new InboxTask(rs.getString("task_id"), rs.getString("case_number"), rs.getString("task_key"),
                rs.getString("task_name"), rs.getString("candidate_group"), rs.getString("assignee"),
                rs.getString("service_item_code"), rs.getString("service_item_name"), rs.getString("citizen_name"),
                rs.getString("citizen_id_masked"), instant(rs, "created_at"), instant(rs, "due_at"),
                rs.getBoolean("at_risk"), instant(rs, "escalated_at"), rs.getString("service_item_name_en"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
