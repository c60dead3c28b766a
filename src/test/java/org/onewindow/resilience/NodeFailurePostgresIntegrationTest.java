package org.onewindow.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.onewindow.support.NodeProcess;
import org.onewindow.support.PostgresNode;
import org.onewindow.support.PostgresTestDatabase;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One node in a JVM of its own on PostgreSQL: killed with SIGKILL while citizens post requests and staff complete
 * steps, then restarted on the same database; and cut off from the database, then given it back. The two
 * scenarios share the node, since starting one is the slow part.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeFailurePostgresIntegrationTest {

    /** The node's own database (not the test contexts'): a SIGKILL must not leave them a broken one. */
    private static final String DATABASE = env("ONEWINDOW_TEST_PG_NODE_DATABASE",
            PostgresTestDatabase.DATABASE + "_node");
    /** How often a wait looks again at what it waits for. */
    private static final Duration POLL = Duration.ofMillis(250);
    private static final String API_KEY = "ow311_crash-test-key-0123456789abcdefghijklmnopqrstuvw";

    private NodeProcess node;
    private NodeClient client;
    /** Cases the node answered with a case number: the citizen was told they exist. */
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @BeforeAll
    void startNode() throws Exception {
        PostgresNode.recreateDatabase(DATABASE);
        node = new NodeProcess("crash-node", DATABASE,
                // Quick enough for a test: the outbox looks every second, and what a dead node held (outbox
                // claims, Camunda job locks) is given up after seconds instead of minutes.
                "--onewindow.notification.dispatch-interval=1s",
                "--onewindow.notification.claim-duration=10s",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=1000",
                "--camunda.bpm.job-execution.max-wait=2000");
        node.start();
        client = new NodeClient(node.baseUrl());
        // The key as an administrator would issue it: only its SHA-256 is stored.
        sql("insert into o311_api_key (name, key_hash, key_prefix, requests_per_minute, created_at, created_by) "
                + "values ('Crash test', '" + sha256(API_KEY) + "', 'ow311_cras', 100000, now(), 'admin')");
    }

    @AfterAll
    void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    @Order(1)
    void aNodeKilledUnderLoadLosesNoAcknowledgedCaseAndLeavesNothingHalfMade() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger stepsCompleted = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2; i++) {
            load.submit(() -> postRequests(running, sequence));
        }
        load.submit(() -> work("frontdesk", running, stepsCompleted, delivered));
        load.submit(() -> work("hrss.worker", running, stepsCompleted, delivered));

        // Kill in the middle of things: cases coming in, some at every step, some closed.
        await("a dozen cases acknowledged and two delivered").atMost(Duration.ofSeconds(120)).pollInterval(POLL)
                .until(() -> acknowledged.size() >= 12 && delivered.get() >= 2);
        node.kill();
        pace(500);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // Messages a dead node had claimed may have reached the gateway before it died: at-least-once, documented.
        Set<String> inFlight = new HashSet<>(
                strings("select case_number from notification_outbox where status = 'PENDING' "
                        + "and claimed_by is not null and case_number is not null"));
        node.start();

        Map<String, String> status = new HashMap<>();
        query("select case_number, status from intake_case", row -> status.put(row.getString(1), row.getString(2)));
        // Every case the client was given a number for survives the crash: the answer came after the commit.
        assertThat(status.keySet()).containsAll(acknowledged);

        // No case without its process and no process without its case: case row and engine start commit together.
        assertThat(strings("select c.case_number from intake_case c where not exists (select 1 from act_hi_procinst p "
                + "where p.proc_def_key_ = 'serviceRequest' and p.business_key_ = c.case_number)")).isEmpty();
        assertThat(strings("select p.business_key_ from act_hi_procinst p where p.proc_def_key_ = 'serviceRequest' "
                + "and not exists (select 1 from intake_case c where c.case_number = p.business_key_)")).isEmpty();
        assertThat(strings("select business_key_ from act_hi_procinst where proc_def_key_ = 'serviceRequest' "
                + "group by business_key_ having count(*) > 1")).as("one process per case").isEmpty();

        // The case's status agrees with where its process stands (status listeners run in the engine's transaction).
        Map<String, Set<String>> openSteps = new HashMap<>();
        query("select p.business_key_, t.task_def_key_ from act_ru_task t join act_hi_procinst p "
                + "on p.proc_inst_id_ = t.proc_inst_id_ where p.proc_def_key_ = 'serviceRequest' "
                + "and t.task_def_key_ <> 'user_task_consultation'",
                row -> openSteps.computeIfAbsent(row.getString(1), key -> new HashSet<>()).add(row.getString(2)));
        Set<String> ended = new HashSet<>(strings("select business_key_ from act_hi_procinst "
                + "where proc_def_key_ = 'serviceRequest' and end_time_ is not null"));
        status.forEach((caseNumber, caseStatus) -> {
            switch (caseStatus) {
                case "CLOSED", "WITHDRAWN" -> {
                    assertThat(ended).as("process of %s case %s", caseStatus, caseNumber).contains(caseNumber);
                    assertThat(openSteps).doesNotContainKey(caseNumber);
                }
                default -> {
                    assertThat(ended).as("process of open case %s", caseNumber).doesNotContain(caseNumber);
                    assertThat(openSteps.get(caseNumber)).as("steps of %s case %s", caseStatus, caseNumber)
                            .isNotEmpty().isSubsetOf(STEPS_BY_STATUS.get(caseStatus));
                }
            }
        });

        // The inboxes' read model matches the engine's tasks exactly: no ghost rows, no invisible steps.
        assertThat(strings("select o.task_id from casework_open_task o where not exists "
                + "(select 1 from act_ru_task t where t.id_ = o.task_id)")).isEmpty();
        assertThat(
                strings("select t.id_ from act_ru_task t join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_ "
                        + "where p.proc_def_key_ = 'serviceRequest' and not exists "
                        + "(select 1 from casework_open_task o where o.task_id = t.id_)"))
                .isEmpty();

        // Each step completed once, and recorded once: opinions and step records agree with the engine's history.
        assertThat(strings("select task_id from casework_opinion group by task_id having count(*) > 1")).isEmpty();
        assertThat(strings(
                "select h.id_ from act_hi_taskinst h join act_hi_procinst p on p.proc_inst_id_ = h.proc_inst_id_ "
                        + "where p.proc_def_key_ = 'serviceRequest' and h.delete_reason_ = 'completed' and not exists "
                        + "(select 1 from casework_task_record r where r.task_id = h.id_ and r.completed)"))
                .isEmpty();
        // A window registration's acceptance is recorded without an engine task ("window-<case>"), by design.
        assertThat(strings("select r.task_id from casework_task_record r where r.completed "
                + "and r.task_id not like 'window-%' and not exists "
                + "(select 1 from act_hi_taskinst h where h.id_ = r.task_id and h.delete_reason_ = 'completed')"))
                .isEmpty();
        assertThat(strings(
                "select case_number || ' ' || task_key from casework_task_record where completed and case_number in ("
                        + inList(acknowledged) + ") group by case_number, task_key having count(*) > 1"))
                .as("a case of this load passes each step once").isEmpty();
        // One acceptance SMS per case ("your online request was registered"): written with the case, never twice.
        assertThat(strings("select c.case_number from intake_case c where c.case_number in (" + inList(acknowledged)
                + ") and (select count(*) from notification_outbox m where m.case_number = c.case_number "
                + "and m.purpose = 'CASE_ACCEPTED') <> 1")).isEmpty();

        // Pending timers still fire on the restarted node: the departments' "one working day left" timers (of these
        // cases and of the demo hall's, which were pending at the crash) are made due, and the job executor runs them.
        List<String> timers = strings("select id_ from act_ru_job where type_ = 'timer' "
                + "and handler_cfg_ like 'boundary_timer_%_at_risk%'");
        assertThat(timers).as("timers pending at the crash").isNotEmpty();
        sql("update act_ru_job set duedate_ = timestamp '2000-01-01 00:00:00' where id_ in (" + inList(timers) + ")");
        await("the due timers fired").atMost(Duration.ofSeconds(90)).pollInterval(POLL)
                .until(() -> strings("select id_ from act_ru_job where id_ in (" + inList(timers) + ")").isEmpty());
        assertThat(strings(
                "select task_id from casework_open_task where task_key in ('user_task_review_by_lead_department', "
                        + "'user_task_joint_review', 'user_task_decision_by_lead_department') and not at_risk"))
                .isEmpty();

        // The follow-up of every closed case starts, even when the node died right after the closing committed.
        List<String> closed = acknowledged.stream().filter(caseNumber -> "CLOSED".equals(status.get(caseNumber)))
                .toList();
        assertThat(closed).as("cases closed before the crash").isNotEmpty();
        await("every closed case's follow-up sent its invitation").atMost(Duration.ofSeconds(60)).pollInterval(POLL)
                .until(() -> closed.stream().allMatch(caseNumber -> !strings("select a.id_ from "
                        + "act_hi_actinst a join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_ where p.proc_def_key_ = "
                        + "'satisfactionFollowUp' and p.business_key_ = '" + caseNumber + "' and a.act_id_ = "
                        + "'service_task_send_invitation' and a.end_time_ is not null").isEmpty()));
        assertThat(strings("select id_ from act_ru_incident")).as("no incidents").isEmpty();

        // Outbox messages still go out: every SMS of these cases is sent, the acceptance SMS exactly once unless
        // the dead node was sending it as it died.
        await("every SMS of these cases sent").atMost(Duration.ofSeconds(60)).pollInterval(POLL)
                .until(() -> strings("select id from notification_outbox where channel = 'SMS' and "
                        + "status <> 'SENT' and case_number in (" + inList(acknowledged) + ")").isEmpty());
        List<String> log = Files.readAllLines(node.log(), StandardCharsets.UTF_8);
        for (String caseNumber : acknowledged) {
            long sent = log.stream().filter(line -> line.contains("SMS to ") && (line.contains(caseNumber + "已登记")
                    || line.contains(caseNumber + " was registered"))).count();
            if (inFlight.contains(caseNumber)) {
                assertThat(sent).as("acceptance SMS of %s, in flight at the crash", caseNumber).isBetween(1L, 2L);
            } else {
                assertThat(sent).as("acceptance SMS of %s", caseNumber).isEqualTo(1);
            }
        }
    }

    /** Which steps a case of each open status may be waiting at (the status listeners in service-request.bpmn). */
    private static final Map<String, Set<String>> STEPS_BY_STATUS = Map.of(
            "ACCEPTED", Set.of("user_task_acceptance_review"),
            "IN_REVIEW", Set.of("user_task_review_by_lead_department", "user_task_decision_by_lead_department"),
            "JOINT_REVIEW", Set.of("user_task_joint_review"),
            "WAITING_FOR_MATERIALS", Set.of("user_task_receive_missing_materials"),
            "DECIDED", Set.of("user_task_result_delivery"));

    @Test
    @Order(2)
    void withoutItsDatabaseANodeSaysSoAndRecoversByItselfWhenItIsBack() throws Exception {
        String before = client.postServiceRequest(API_KEY, NodeClient.residentId(900), "Outage", "en").json()
                .get(0).get("service_request_id").asText();
        try {
            sqlOnServer("alter database " + DATABASE + " allow_connections false");
            sqlOnServer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE + "'");

            // Out of the load balancer, but not restarted: readiness is DOWN, liveness stays UP.
            await("readiness DOWN without the database").atMost(Duration.ofSeconds(30)).pollInterval(POLL)
                    .until(() -> answer(() -> client.get("/actuator/health/readiness")).status() == 503);
            NodeClient.Answer liveness = client.get("/actuator/health/liveness");
            assertThat(liveness.status()).isEqualTo(200);
            assertThat(liveness.json().get("status").asText()).isEqualTo("UP");

            // Staff programs get a 503 problem that says nothing was saved, in the reader's language; never a 401
            // "wrong password". The very first request may pick up a pooled connection the server has just cut: its
            // rollback fails too and the failure that reaches sign-in no longer names the connection, so it is
            // answered as a sign-in that could not be checked (also 503); from then on the pool has dropped such
            // connections and the cause is the database.
            NodeClient.Answer first = client.getAs("hrss.worker", "/api/tasks/queue", "en");
            assertThat(first.status()).as("first API call after the cut: %s", first.body()).isEqualTo(503);
            assertThat(first.json().get("type").asText())
                    .isIn("urn:onewindow:problem:database-unavailable", "urn:onewindow:problem:sign-in-unchecked");
            NodeClient.Answer english = client.getAs("hrss.worker", "/api/tasks/queue", "en");
            assertThat(english.status()).isEqualTo(503);
            assertThat(english.json().get("detail").asText())
                    .isEqualTo(
                            "The database cannot be reached at the moment; nothing was saved. Try again in a minute.");
            NodeClient.Answer chinese = client.getAs("hrss.worker", "/api/tasks/queue", "zh-CN");
            assertThat(chinese.status()).isEqualTo(503);
            assertThat(chinese.json().get("detail").asText()).isEqualTo("暂时无法连接数据库，本次操作未保存任何内容。请过一分钟再试。");

            // Open311 clients get the specification's error list with the same message.
            NodeClient.Answer open311 = client.postServiceRequest(API_KEY, NodeClient.residentId(901), "Outage", "en");
            assertThat(open311.status()).isEqualTo(503);
            JsonNode error = open311.json().get(0);
            assertThat(error.get("code").asInt()).isEqualTo(503);
            assertThat(error.get("description").asText()).contains("nothing was saved");
        } finally {
            sqlOnServer("alter database " + DATABASE + " allow_connections true");
        }

        // Back by itself, without a restart: ready again, and the same calls succeed.
        await("readiness UP with the database back").atMost(Duration.ofSeconds(60)).pollInterval(POLL)
                .until(() -> answer(() -> client.get("/actuator/health/readiness")).status() == 200);
        assertThat(client.getAs("hrss.worker", "/api/tasks/queue", "en").status()).isEqualTo(200);
        NodeClient.Answer after = client.postServiceRequest(API_KEY, NodeClient.residentId(902), "Outage", "en");
        assertThat(after.status()).isBetween(200, 201);
        // The case made before the outage is intact.
        NodeClient.Answer intact = client.get("/open311/v2/requests/" + before + ".json");
        assertThat(intact.status()).isEqualTo(200);
        assertThat(intact.json().get(0).get("status").asText()).isEqualTo("open");
        assertThat(strings(
                "select case_number from intake_case where case_number = '" + before + "' and status = 'ACCEPTED'"))
                .containsExactly(before);
    }

    private void postRequests(AtomicBoolean running, AtomicInteger sequence) {
        while (running.get()) {
            int n = sequence.incrementAndGet();
            try {
                NodeClient.Answer answer = client.postServiceRequest(API_KEY, NodeClient.residentId(n), "Crash" + n,
                        n % 2 == 0 ? "en" : "zh-CN");
                if (answer.status() / 100 == 2) {
                    acknowledged.add(answer.json().get(0).get("service_request_id").asText());
                }
                // A steady stream rather than a flood, so that the two staff members keep up and cases reach every step.
                pace(300);
            } catch (IOException | RuntimeException unacknowledged) {
                // The node died while answering: the client never learnt of the case, whatever happened to it.
                pace(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A staff member working through their queue over the JSON API: claim, then complete the step. */
    private void work(String username, AtomicBoolean running, AtomicInteger stepsCompleted, AtomicInteger delivered) {
        while (running.get()) {
            try {
                // First what this person holds already (claimed, then interrupted), then the unclaimed queue.
                List<JsonNode> tasks = new ArrayList<>();
                for (String inbox : List.of("mine", "queue")) {
                    NodeClient.Answer answer = client.getAs(username, "/api/tasks/" + inbox + "?limit=20", "en");
                    if (answer.status() == 200) {
                        answer.json().forEach(tasks::add);
                    }
                }
                for (JsonNode task : tasks) {
                    String id = task.get("taskId").asText();
                    String action = switch (task.get("taskKey").asText()) {
                        case "user_task_acceptance_review" -> "/acceptance";
                        case "user_task_review_by_lead_department" -> "/opinion";
                        case "user_task_decision_by_lead_department" -> "/decision";
                        case "user_task_result_delivery" -> "/delivery";
                        default -> null;
                    };
                    boolean mine = username.equals(task.path("assignee").asText(null));
                    if (action == null || !running.get()
                            || !mine && client.postAs(username, "/api/tasks/" + id + "/claim", null).status() != 204) {
                        continue;
                    }
                    String body = switch (action) {
                        case "/opinion" -> "{\"opinion\":\"Documents in order.\"}";
                        case "/decision" -> "{\"approved\":true}";
                        case "/delivery" -> "{\"deliveryMethod\":\"At the window\"}";
                        default -> "{}";
                    };
                    if (client.postAs(username, "/api/tasks/" + id + action, body).status() == 204) {
                        stepsCompleted.incrementAndGet();
                        if (action.equals("/delivery")) {
                            delivered.incrementAndGet();
                        }
                    }
                }
                pace(100);
            } catch (IOException | RuntimeException nodeGone) {
                pace(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private interface Call {
        NodeClient.Answer call() throws Exception;
    }

    private static NodeClient.Answer answer(Call call) {
        try {
            return call.call();
        } catch (Exception e) {
            return new NodeClient.Answer(-1, e.toString());
        }
    }

    /**
     * The load clients' rhythm: a steady stream of requests, not a flood, and a short back-off while the node is
     * down. Pacing, not waiting for anything, so a plain sleep.
     */
    private static void pace(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(PostgresTestDatabase.url(database), PostgresTestDatabase.user(), "");
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = connect(DATABASE); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static void sqlOnServer(String statement) throws SQLException {
        try (Connection connection = connect("postgres"); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static void query(String query, RowHandler handler) {
        try (Connection connection = connect(DATABASE);
                PreparedStatement sql = connection.prepareStatement(query);
                ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                handler.handle(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static List<String> strings(String query) {
        List<String> values = new ArrayList<>();
        query(query, row -> values.add(row.getString(1)));
        return values;
    }

    /** A SQL list of string literals; never empty, so that {@code in (...)} stays valid. */
    private static String inList(java.util.Collection<String> values) {
        return values.isEmpty() ? "null" : quoted(values);
    }

    private static String quoted(java.util.Collection<String> values) {
        return values.isEmpty() ? "null" : String.join(",", values.stream().map(value -> "'" + value + "'").toList());
    }

    private static String sha256(String key) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
