package org.onewindow.notification.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationProperties;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.CaseLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due messages of the outbox. Each message is claimed first (one node wins), then sent outside any
 * transaction, then marked sent, or failed with a doubling delay until the attempts are used up. A node that
 * dies while holding a message gives it up when its claim expires, so a message is never lost; it may then be
 * sent a second time only if the node died between the gateway accepting it and marking it sent.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxStore store;
    private final DispatchSwitch dispatchSwitch;
    private final Map<MessageChannel, MessageSender> senders = new EnumMap<>(MessageChannel.class);
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    OutboxDispatcher(OutboxStore store, DispatchSwitch dispatchSwitch, List<MessageSender> senders,
            NotificationProperties properties, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.dispatchSwitch = dispatchSwitch;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends what is due, unless sending is paused for the cluster (checked at every round, so on every node). */
    int dispatchDue() {
        if (dispatchSwitch.paused()) {
            log.debug("Sending is paused; the outbox waits for an administrator to release it");
            return 0;
        }
        int sent = 0;
        for (long id : store.dueIds(clock.instant(), properties.batchSize())) {
            if (dispatch(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean dispatch(long id) {
        Instant now = clock.instant();
        Boolean claimed = transactions
                .execute(status -> store.claim(id, node, now, now.plus(properties.claimDuration())));
        if (!Boolean.TRUE.equals(claimed)) {
            return false;
        }
        OutboxMessage message = store.find(id).orElseThrow();
        // The gateway's and this class's lines name the case the message is about (the JSON logs' caseNumber).
        return CaseLogContext.scope(() -> {
            CaseLogContext.put(message.caseNumber());
            return send(id, message);
        });
    }

    private boolean send(long id, OutboxMessage message) {
        try {
            senders.get(message.channel()).send(message);
            transactions.executeWithoutResult(status -> store.markSent(id, node, clock.instant()));
            return true;
        } catch (Exception e) {
            int attempt = message.attempts() + 1;
            boolean permanent = attempt >= properties.maxAttempts();
            Duration delay = properties.firstRetryDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            transactions.executeWithoutResult(status -> store.markFailed(id, node, error, clock.instant().plus(delay),
                    permanent));
            log.warn("Message {} ({}, case {}) attempt {} failed{}: {}", id, message.purpose(), message.caseNumber(),
                    attempt, permanent ? " for good" : ", retrying in " + delay, error);
            return false;
        }
    }
}
