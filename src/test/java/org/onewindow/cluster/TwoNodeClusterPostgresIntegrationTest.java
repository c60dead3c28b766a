package org.onewindow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.Decision;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.MutableClock;
import org.onewindow.support.PostgresNode;
import org.onewindow.support.PostgresTestDatabase;
import org.onewindow.support.Staff;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;

/**
 * Two OneWindow nodes, each a whole application context with its own process engine, job executor and outbox
 * dispatcher, on one PostgreSQL database: Camunda's homogeneous cluster. Work started on one node is carried on by
 * the other, both see the same queues, a step claimed on one cannot be claimed on the other, and when the deadlines
 * pass every timer, asynchronous continuation and outbox message is executed exactly once although both nodes
 * compete for them. SMS go to a recording HTTP gateway and e-mails to a GreenMail server, so what left the cluster is
 * counted where it arrived.
 */
class TwoNodeClusterPostgresIntegrationTest {

    private static final String DATABASE = PostgresTestDatabase.DATABASE + "_cluster";
    private static final List<String> ID_NUMBERS = List.of("320311197001010035", "320311197001010043",
            "110101199003074477", "11010519491231002X");
    private static final Duration DEADLINES_PASS = Duration.ofDays(60);
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(250);

    private static HttpServer smsGateway;
    private static final List<String> smsReceived = new CopyOnWriteArrayList<>();
    private static GreenMail smtp;
    private static ConfigurableApplicationContext node1;
    private static ConfigurableApplicationContext node2;

    @BeforeAll
    static void startCluster() throws IOException {
        PostgresNode.recreateDatabase(DATABASE);
        smsGateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        smsGateway.createContext("/sms", exchange -> {
            smsReceived.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        smsGateway.start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        // One after the other, as a rolling start would: the first creates the schema and loads the demo data.
        node1 = PostgresNode.start(DATABASE, nodeProperties("node-1"));
        node2 = PostgresNode.start(DATABASE, nodeProperties("node-2"));
    }

    private static Map<String, Object> nodeProperties(String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("onewindow.demo.enabled", true);
        // Two engines in one JVM need two names in Camunda's engine registry; the hostname marks the job log.
        properties.put("camunda.bpm.process-engine-name", name);
        properties.put("camunda.bpm.generic-properties.properties.hostname", name);
        properties.put("camunda.bpm.job-execution.enabled", true);
        properties.put("camunda.bpm.job-execution.wait-time-in-millis", 200);
        properties.put("camunda.bpm.job-execution.max-wait", 500);
        properties.put("onewindow.notification.scheduler-enabled", true);
        properties.put("onewindow.notification.dispatch-interval", "500ms");
        properties.put("onewindow.notification.sms-gateway", "http");
        properties.put("onewindow.notification.sms-url",
                "http://127.0.0.1:" + smsGateway.getAddress().getPort() + "/sms");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", smtp.getSmtp().getPort());
        return properties;
    }

    @AfterAll
    static void stopCluster() {
        ClockUtil.reset();
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { node1, node2 }) {
            if (node != null) {
                node.close();
            }
        }
        if (smsGateway != null) {
            smsGateway.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
        PostgresNode.dropDatabase(DATABASE);
    }

    @Test
    void twoNodesShareTheWorkAndRunEveryTimerAndMessageOnce() {
        assertThat(jobExecutor(node1).isActive()).isTrue();
        assertThat(jobExecutor(node2).isActive()).isTrue();

        // Cases come in at windows served by both nodes...
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? node1 : node2;
            String frontDesk = i % 2 == 0 ? "frontdesk" : "frontdesk2";
            String idNumber = ID_NUMBERS.get(i);
            int citizen = i;
            cases.add(as(node, frontDesk,
                    () -> node.getBean(CaseRegistrationService.class).register(CaseRegistration.of(
                            IdType.RESIDENT_ID, idNumber, "Citizen " + citizen, "1380013800" + citizen, "HRSS-001",
                            List.of("Resident ID card"), null, Channel.WINDOW)).caseNumber()));
        }
        // ...each accepted at its window and at once in the department's queue, which both nodes see alike.
        List<String> queueOnNode1 = taskIds(queue(node1, "hrss.worker"));
        assertThat(queueOnNode1).hasSizeGreaterThanOrEqualTo(cases.size());
        assertThat(taskIds(queue(node2, "hrss.worker"))).isEqualTo(queueOnNode1);

        // A step claimed on one node is claimed for the other node too.
        InboxTask review = queue(node1, "hrss.worker").stream().filter(task -> task.caseNumber().equals(cases.get(0)))
                .findFirst().orElseThrow();
        as(node1, "hrss.worker", () -> {
            node1.getBean(TaskWorkService.class).claim(review.taskId());
            return null;
        });
        assertThatThrownBy(() -> as(node2, "hrss.head", () -> {
            node2.getBean(TaskWorkService.class).claim(review.taskId());
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessageContaining("hrss.worker");
        // Node 2 shows it in the claimant's own tasks and no longer in the department's unclaimed queue.
        assertThat(taskIds(as(node2, "hrss.worker", () -> node2.getBean(TaskInboxService.class)
                .myTasks(new InboxFilter(null, null, false), new PageRequest(0, 200))))).contains(review.taskId());
        assertThat(taskIds(queue(node2, "hrss.worker"))).doesNotContain(review.taskId());

        // Two people on two nodes claim the same step at the same moment: one wins, the other is told clearly.
        InboxTask contested = queue(node1, "hrss.worker").stream()
                .filter(task -> task.caseNumber().equals(cases.get(1)))
                .findFirst().orElseThrow();
        Map<String, String> outcomes = claimAtOnce(contested.taskId(),
                Map.of(node1, "hrss.worker", node2, "hrss.head"));
        assertThat(outcomes.values()).containsOnlyOnce("claimed");
        String winner = outcomes.entrySet().stream().filter(e -> e.getValue().equals("claimed")).findFirst()
                .orElseThrow()
                .getKey();
        String loser = winner.equals("hrss.worker") ? "hrss.head" : "hrss.worker";
        assertThat(outcomes.get(loser)).contains(winner);
        assertThat(node1.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery().taskId(contested.taskId())
                .singleResult().getAssignee()).isEqualTo(winner);

        // The first case goes to the end with each step on the other node: its closing starts the satisfaction
        // follow-up asynchronously, a job for whichever node's executor gets it first.
        closeAcrossNodes(cases.get(0), review.taskId());

        // The deadlines of the other cases pass: at-risk and overdue timers, the survey reminder and expiry are due.
        ClockUtil.offset(DEADLINES_PASS.toMillis());
        node1.getBean(MutableClock.class).advance(DEADLINES_PASS);
        node2.getBean(MutableClock.class).advance(DEADLINES_PASS);
        ManagementService management = node1.getBean(ManagementService.class);
        Set<String> dueJobs = management.createJobQuery().executable().list().stream().map(Job::getId)
                .collect(Collectors.toSet());
        assertThat(dueJobs).isNotEmpty();
        await("every due job executed").atMost(PATIENCE).pollInterval(POLL)
                .until(() -> management.createJobQuery().executable().count() == 0
                        && management.createJobQuery().withException().count() == 0);

        // Exactly once: every job that ran has one successful run in the job log, whichever node ran it.
        List<HistoricJobLog> successes = node2.getBean(HistoryService.class).createHistoricJobLogQuery().successLog()
                .list();
        Map<String, Long> runsByJob = successes.stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getJobId, Collectors.counting()));
        assertThat(runsByJob.keySet()).containsAll(dueJobs);
        assertThat(runsByJob).allSatisfy((job, runs) -> assertThat(runs).as("runs of job %s", job).isEqualTo(1L));
        assertThat(node1.getBean(org.camunda.bpm.engine.RuntimeService.class).createIncidentQuery().count()).isZero();
        System.out.println("Jobs run by node: " + successes.stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting())));

        // ...so every step of the three waiting cases was flagged at risk and escalated once, not once per node.
        JdbcClient jdbc = node1.getBean(JdbcClient.class);
        List<String> doubled = jdbc.sql("select task_id || ' ' || kind from casework_case_event "
                + "where kind in ('AT_RISK', 'ESCALATED') group by task_id, kind having count(*) > 1")
                .query(String.class).list();
        assertThat(doubled).isEmpty();
        assertThat(jdbc.sql("select count(distinct case_number) from casework_case_event where kind = 'ESCALATED' "
                + "and case_number in (:cases)").param("cases", cases.subList(1, cases.size())).query(Long.class)
                .single())
                .isEqualTo(cases.size() - 1);

        // Every message of the outbox left once: SMS counted at the gateway, e-mails at the mail server.
        await("the outbox is empty").atMost(PATIENCE).pollInterval(POLL).until(() -> jdbc.sql(
                "select count(*) from notification_outbox where status = 'PENDING'").query(Long.class).single() == 0);
        assertThat(jdbc.sql("select count(*) from notification_outbox where status <> 'SENT' or attempts <> 1")
                .query(Long.class).single()).isZero();
        long smsSent = jdbc.sql("select count(*) from notification_outbox where channel = 'SMS'").query(Long.class)
                .single();
        long emailsSent = jdbc.sql("select count(*) from notification_outbox where channel = 'EMAIL'").query(Long.class)
                .single();
        assertThat(smsSent).isPositive();
        assertThat(emailsSent).isPositive();
        assertThat(smsReceived).hasSize((int) smsSent).doesNotHaveDuplicates();
        assertThat(smtp.getReceivedMessages()).hasSize((int) emailsSent);
    }

    /** Opinion on node 1, decision on node 2, delivery on node 1. */
    private void closeAcrossNodes(String caseNumber, String claimedReview) {
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        as(node1, "hrss.worker", () -> {
            node1.getBean(TaskWorkService.class).submitOpinion(claimedReview, new StepOpinion("Fine."));
            return null;
        });
        as(node2, "hrss.worker", () -> {
            String decision = node2.getBean(TaskInboxService.class).departmentQueue(filter, page()).get(0).taskId();
            node2.getBean(TaskWorkService.class).claim(decision);
            node2.getBean(TaskWorkService.class).decide(decision, new Decision(true, null));
            return null;
        });
        as(node1, "frontdesk", () -> {
            String delivery = node1.getBean(TaskInboxService.class).departmentQueue(filter, page()).get(0).taskId();
            node1.getBean(TaskWorkService.class).claim(delivery);
            node1.getBean(TaskWorkService.class).confirmDelivery(delivery,
                    new Delivery("In person at the window", null));
            return null;
        });
        assertThat(node2.getBean(JdbcClient.class).sql("select status from intake_case where case_number = :n")
                .param("n", caseNumber).query(String.class).single()).isEqualTo("CLOSED");
    }

    /** Each user claims the task on their node, released together; the outcome per user: "claimed" or the message. */
    private static Map<String, String> claimAtOnce(String taskId,
            Map<ConfigurableApplicationContext, String> claimants) {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(claimants.size());
        Map<String, String> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        List<Thread> threads = claimants.entrySet().stream().map(claimant -> new Thread(() -> {
            ConfigurableApplicationContext node = claimant.getKey();
            String username = claimant.getValue();
            // Signed in on this thread through both nodes' strategies: the global holder belongs to one node at a
            // time, and switching it (as the single-threaded steps do) would race with the other thread.
            signInOnThisThread(node, username);
            try {
                start.await();
                node.getBean(TaskWorkService.class).claim(taskId);
                outcomes.put(username, "claimed");
            } catch (BusinessRuleException e) {
                outcomes.put(username, e.getMessage());
            } catch (Exception e) {
                outcomes.put(username, "failed: " + e);
            } finally {
                strategies().forEach(SecurityContextHolderStrategy::clearContext);
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join(PATIENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(outcomes).as("every claimant finished with a result").hasSize(claimants.size());
        return outcomes;
    }

    private static void signInOnThisThread(ConfigurableApplicationContext node, String username) {
        UserDetails user = node.getBean(Staff.class).details(username);
        strategies().forEach(strategy -> {
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            strategy.setContext(context);
        });
    }

    private static List<SecurityContextHolderStrategy> strategies() {
        return List.of(node1.getBean(SecurityContextHolderStrategy.class),
                node2.getBean(SecurityContextHolderStrategy.class));
    }

    private static List<InboxTask> queue(ConfigurableApplicationContext node, String username) {
        return as(node, username, () -> node.getBean(TaskInboxService.class)
                .departmentQueue(new InboxFilter(null, null, false), new PageRequest(0, 200)));
    }

    private static List<String> taskIds(List<InboxTask> tasks) {
        return tasks.stream().map(InboxTask::taskId).sorted().toList();
    }

    private static PageRequest page() {
        return new PageRequest(0, 10);
    }

    private static <T> T as(ConfigurableApplicationContext node, String username,
            java.util.concurrent.Callable<T> action) {
        PostgresNode.useSecurityOf(node);
        return node.getBean(Staff.class).as(username, action);
    }

    private static org.camunda.bpm.engine.impl.jobexecutor.JobExecutor jobExecutor(
            ConfigurableApplicationContext node) {
        return ((ProcessEngineConfigurationImpl) node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
    }
}
