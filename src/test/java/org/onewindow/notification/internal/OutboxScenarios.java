package org.onewindow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.ApplicantRecordService;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.notification.DispatcherProperties;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.NotificationProperties;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.CaseLogContext;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.Staff;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

/**
 * The outbox on H2 ({@link OutboxIntegrationTest}) and PostgreSQL ({@link OutboxPostgresIntegrationTest}), with its
 * real channels failing: SMTP down, the SMS gateway answering errors.
 */
abstract class OutboxScenarios {

    /** A citizen of these tests only, who reads English. */
    private static final String ENGLISH_READER = "110101198506151230";

    @Autowired
    NotificationService notifications;
    @Autowired
    OutboxStore store;
    @Autowired
    DispatchSwitch dispatchSwitch;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    CaseContactService contacts;
    @Autowired
    ApplicantRecordService applicants;
    @Autowired
    CaseRecordService caseRecords;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    Staff staff;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;

    private final NotificationProperties properties = new NotificationProperties(Duration.ofSeconds(10), 3,
            Duration.ofSeconds(30), Duration.ofMinutes(2), 200, "logging", null, null, "test@example.org");

    @Test
    void acceptingACaseWritesTheCitizensSmsInTheSameTransaction() {
        String caseNumber = staff.as("frontdesk", () -> intake.register(registration())).caseNumber();
        assertThat(notifications.messagesOfCase(caseNumber)).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(MessageChannel.SMS);
            assertThat(message.recipient()).isEqualTo("13698765432");
            assertThat(message.purpose()).isEqualTo("CASE_ACCEPTED");
            assertThat(message.body()).contains(caseNumber);
            assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
        });

        long before = countAll();
        transactions.executeWithoutResult(status -> {
            staff.as("frontdesk", () -> intake.register(registration()));
            status.setRollbackOnly();
        });
        assertThat(countAll()).as("a rolled-back registration leaves no message").isEqualTo(before);
    }

    @Test
    void theCitizensSmsIsInTheLanguageChosenAtTheWindow() {
        String chinese = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "110101199003074477", "Sun Hua", "13698765432", "HRSS-001", List.of("Resident ID card"), null,
                Channel.WINDOW, Translations.CHINESE))).caseNumber();
        String english = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                ENGLISH_READER, "Anna Berg", "13912340000", "HRSS-001", List.of("Resident ID card"), null,
                Channel.WINDOW, Translations.ENGLISH))).caseNumber();

        assertThat(contacts.citizenLanguage(chinese)).isEqualTo(Translations.CHINESE);
        assertThat(contacts.citizenLanguage(english)).isEqualTo(Translations.ENGLISH);
        assertThat(notifications.messagesOfCase(chinese)).singleElement().extracting(OutboxMessage::body).asString()
                .startsWith("【县政务服务中心】您的办件" + chinese + "已受理，承诺于" + due(chinese, Translations.CHINESE)
                        + "前办结。可凭受理回执上的查询码在网上查询办理进度：")
                .endsWith("/progress?case=" + chinese);
        assertThat(notifications.messagesOfCase(english)).singleElement().extracting(OutboxMessage::body).asString()
                .startsWith("[County Service Hall] Your case " + english + " was accepted and will be decided by "
                        + due(english, Translations.ENGLISH)
                        + ". Follow it online with the lookup code on your receipt: ")
                .endsWith("/progress?case=" + english);

        // Registered again without a language (as online requests are), the citizen keeps the one they chose.
        String again = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                ENGLISH_READER, "Anna Berg", "13912340000", "HRSS-001", List.of(), null, Channel.WINDOW))).caseNumber();
        assertThat(contacts.citizenLanguage(again)).isEqualTo(Translations.ENGLISH);
        assertThat(staff.as("frontdesk", () -> applicants.findCitizen(IdType.RESIDENT_ID, ENGLISH_READER)).orElseThrow()
                .language())
                .isEqualTo(Translations.ENGLISH);
        assertThat(notifications.messagesOfCase(again)).singleElement().extracting(OutboxMessage::body).asString()
                .startsWith("[County Service Hall] Your case " + again);
    }

    private String due(String caseNumber, java.util.Locale language) {
        return LocaleFormats.date(caseRecords.caseDetails(caseNumber).orElseThrow().dueAt(), clock.getZone(), language);
    }

    @Test
    void enqueueOutsideABusinessTransactionIsRefused() {
        assertThatThrownBy(() -> notifications.enqueue(sms("x")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void twoDispatchersRacingSendEveryMessageExactlyOnce() throws Exception {
        List<Long> ids = transactions.execute(status -> {
            List<Long> written = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                written.add(notifications.enqueue(sms("race " + i)));
            }
            return written;
        });
        Map<Long, AtomicInteger> sends = new ConcurrentHashMap<>();
        MessageSender counting = new MessageSender() {
            @Override
            public MessageChannel channel() {
                return MessageChannel.SMS;
            }

            @Override
            public void send(OutboxMessage message) throws InterruptedException {
                sends.computeIfAbsent(message.id(), id -> new AtomicInteger()).incrementAndGet();
                Thread.sleep(2); // widen the window in which the other node could take the same message
            }
        };
        OutboxDispatcher nodeA = new OutboxDispatcher(store, dispatchSwitch, List.of(counting), properties,
                transactions, clock);
        OutboxDispatcher nodeB = new OutboxDispatcher(store, dispatchSwitch, List.of(counting), properties,
                transactions, clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> a = pool.submit(() -> {
            start.await();
            return nodeA.dispatchDue();
        });
        Future<Integer> b = pool.submit(() -> {
            start.await();
            return nodeB.dispatchDue();
        });
        start.countDown();
        int sentByA = a.get(60, TimeUnit.SECONDS);
        int sentByB = b.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertThat(ids).allSatisfy(id -> {
            assertThat(sends.get(id)).as("message %d", id).isNotNull().hasValue(1);
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
        });
        assertThat(sentByA + sentByB).isGreaterThanOrEqualTo(ids.size());
    }

    @Test
    void failedSendsAreRetriedWithGrowingDelaysThenMarkedFailedAndCanBeRetriedByAnAdministrator() {
        long id = transactions.execute(status -> notifications.enqueue(sms("doomed")));
        MessageSender broken = new MessageSender() {
            @Override
            public MessageChannel channel() {
                return MessageChannel.SMS;
            }

            @Override
            public void send(OutboxMessage message) {
                if (message.id() == id) {
                    throw new IllegalStateException("gateway answered 503");
                }
            }
        };
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, dispatchSwitch, List.of(broken), properties,
                transactions, clock);
        dispatcher.dispatchDue();
        OutboxMessage first = store.find(id).orElseThrow();
        assertThat(first.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).contains("503");
        assertThat(Duration.between(clock.instant(), first.nextAttemptAt())).isBetween(Duration.ofSeconds(25),
                Duration.ofSeconds(31));

        // Not due yet: nothing happens until the delay has passed.
        dispatcher.dispatchDue();
        assertThat(store.find(id).orElseThrow().attempts()).isEqualTo(1);

        makeDue(id);
        dispatcher.dispatchDue();
        OutboxMessage second = store.find(id).orElseThrow();
        assertThat(Duration.between(clock.instant(), second.nextAttemptAt())).isBetween(Duration.ofSeconds(55),
                Duration.ofSeconds(61));
        makeDue(id);
        dispatcher.dispatchDue();
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(MessageStatus.FAILED);

        assertThatThrownBy(() -> staff.run("manager", () -> notifications.retry(id)))
                .isInstanceOf(AccessDeniedException.class);
        staff.run("admin", () -> notifications.retry(id));
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(MessageStatus.PENDING);
        assertThat(staff.as("admin", () -> notifications.countMessages(MessageStatus.PENDING))).isPositive();
    }

    @Test
    void withSmtpDownTheEmailStaysInTheOutboxFailsForGoodVisiblyAndIsSentOnceAfterAnAdministratorsRetry()
            throws Exception {
        int port = freePort();
        String subject = "Overdue step " + UUID.randomUUID();
        long id = transactions.execute(status -> notifications.enqueue(new OutboundMessage(MessageChannel.EMAIL,
                "amr.head@hall.example.gov.cn", subject, "Open Escalations to reassign it.", null, "STEP_ESCALATED")));
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port); // nothing listens there yet: the SMTP server is down
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        EmailSender email = new EmailSender(
                new StaticListableBeanFactory(Map.of("mail", mail)).getBeanProvider(JavaMailSender.class), properties);
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, dispatchSwitch, List.of(email), properties,
                transactions, clock);

        dispatcher.dispatchDue();
        OutboxMessage first = store.find(id).orElseThrow();
        assertThat(first.status()).as("kept for the next attempt").isEqualTo(MessageStatus.PENDING);
        assertThat(first.lastError()).containsIgnoringCase("connect");
        for (int attempt = 2; attempt <= properties.maxAttempts(); attempt++) {
            makeDue(id);
            dispatcher.dispatchDue();
        }
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(MessageStatus.FAILED);
        // What the administrators' outbox screen lists under "failed".
        assertThat(staff.as("admin", () -> notifications.messages(MessageStatus.FAILED, new PageRequest(0, 500))))
                .extracting(OutboxMessage::id).contains(id);

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            staff.run("admin", () -> notifications.retry(id));
            dispatcher.dispatchDue();
            dispatcher.dispatchDue();
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
            assertThat(
                    Arrays.stream(smtp.getReceivedMessages()).filter(received -> subjectOf(received).equals(subject)))
                    .as("sent once").hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void smsGatewayErrorsAreRetriedUntilTheGatewayTakesTheMessageOnce() throws Exception {
        String text = "gateway test " + UUID.randomUUID();
        AtomicBoolean failing = new AtomicBoolean(true);
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<String> keys = new CopyOnWriteArrayList<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failing.get() ? 500 : 200;
            if (status == 200) {
                delivered.add(body);
                keys.add(exchange.getRequestHeaders().getFirst("X-Api-Key"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        gateway.start();
        try {
            NotificationProperties http = new NotificationProperties(Duration.ofSeconds(10), 3, Duration.ofSeconds(30),
                    Duration.ofMinutes(2), 200, "http", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms",
                    "test-key", "test@example.org");
            OutboxDispatcher dispatcher = new OutboxDispatcher(store, dispatchSwitch,
                    List.of(new SmsSender(new HttpSmsGateway(http, RestClient.builder()))), http, transactions, clock);
            long id = transactions.execute(status -> notifications.enqueue(sms(text)));

            dispatcher.dispatchDue();
            OutboxMessage failed = store.find(id).orElseThrow();
            assertThat(failed.status()).isEqualTo(MessageStatus.PENDING);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastError()).contains("500");

            failing.set(false);
            makeDue(id);
            dispatcher.dispatchDue();
            dispatcher.dispatchDue();
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
            assertThat(delivered.stream().filter(body -> body.contains(text))).as("taken once").hasSize(1);
            assertThat(keys).containsOnly("test-key");
        } finally {
            gateway.stop(0);
        }
    }

    @Test
    void aCaseGoesOnWhileItsSmsCannotBeSent() {
        String caseNumber = staff.as("frontdesk", () -> intake.register(registration())).caseNumber();
        long sms = notifications.messagesOfCase(caseNumber).get(0).id();
        MessageSender down = new MessageSender() {
            @Override
            public MessageChannel channel() {
                return MessageChannel.SMS;
            }

            @Override
            public void send(OutboxMessage message) {
                throw new IllegalStateException("gateway unreachable");
            }
        };
        new OutboxDispatcher(store, dispatchSwitch, List.of(down), properties, transactions, clock).dispatchDue();
        assertThat(store.find(sms).orElseThrow().lastError()).contains("gateway unreachable");

        // The message waits in the outbox; the case does not wait for it.
        assertThat(caseRecords.caseDetails(caseNumber).orElseThrow().status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(store.find(sms).orElseThrow().status()).isEqualTo(MessageStatus.PENDING);
    }

    @Test
    void aNodeStartedPausedHoldsTheOutboxOnEveryNodeUntilAnAdministratorReleasesIt() {
        long id = transactions.execute(status -> notifications.enqueue(sms("pending in a restored outbox")));
        List<Long> sent = new CopyOnWriteArrayList<>();
        OutboxDispatcher otherNode = new OutboxDispatcher(store, dispatchSwitch, List.of(recording(sent, null)),
                properties, transactions, clock);
        new PauseDispatchAtStart(dispatchSwitch, new DispatcherProperties(true), clock, "node1")
                .afterSingletonsInstantiated();
        try {
            assertThat(otherNode.dispatchDue()).isZero();
            assertThat(sent).isEmpty();
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(MessageStatus.PENDING);
            assertThat(staff.as("admin", notifications::dispatchState)).satisfies(state -> {
                assertThat(state.paused()).isTrue();
                assertThat(state.changedBy()).isEqualTo("paused-at-start of node1");
            });

            assertThatThrownBy(() -> staff.run("manager", notifications::releaseDispatch))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(otherNode.dispatchDue()).isZero();

            staff.run("admin", notifications::releaseDispatch);
            assertThat(staff.as("admin", notifications::dispatchState)).satisfies(state -> {
                assertThat(state.paused()).isFalse();
                assertThat(state.changedBy()).isEqualTo("admin");
            });
            otherNode.dispatchDue();
            assertThat(sent).contains(id);
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(MessageStatus.SENT);
        } finally {
            dispatchSwitch.release("test", clock.instant());
        }
    }

    @Test
    void theGatewaysLinesNameTheCaseOfTheMessage() {
        String caseNumber = staff.as("frontdesk", () -> intake.register(registration())).caseNumber();
        long id = notifications.messagesOfCase(caseNumber).get(0).id();
        Map<Long, String> caseInLogContext = new ConcurrentHashMap<>();
        new OutboxDispatcher(store, dispatchSwitch, List.of(recording(new CopyOnWriteArrayList<>(), caseInLogContext)),
                properties, transactions, clock).dispatchDue();

        assertThat(caseInLogContext).containsEntry(id, caseNumber);
        assertThat(MDC.get(CaseLogContext.KEY)).as("gone after the message").isNull();
    }

    /** An SMS gateway that notes what it sent and, if asked, the case number its log lines would carry. */
    private static MessageSender recording(List<Long> sent, Map<Long, String> caseInLogContext) {
        return new MessageSender() {
            @Override
            public MessageChannel channel() {
                return MessageChannel.SMS;
            }

            @Override
            public void send(OutboxMessage message) {
                sent.add(message.id());
                if (caseInLogContext != null && MDC.get(CaseLogContext.KEY) != null) {
                    caseInLogContext.put(message.id(), MDC.get(CaseLogContext.KEY));
                }
            }
        };
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void makeDue(long id) {
        transactions.executeWithoutResult(status -> store.markDueNow(id, clock.instant().minusSeconds(1)));
    }

    private long countAll() {
        return staff.as("admin", () -> notifications.countMessages(null));
    }

    private static OutboundMessage sms(String text) {
        return new OutboundMessage(MessageChannel.SMS, "13800138000", null, text, null, "TEST");
    }

    private static CaseRegistration registration() {
        return CaseRegistration.of(IdType.RESIDENT_ID, "110101199003074477", "Sun Hua", "13698765432", "HRSS-001",
                List.of("Resident ID card"), null, Channel.WINDOW);
    }
}
