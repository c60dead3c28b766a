package org.onewindow.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.shared.metrics.BusinessFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The outbox backlog: {@code onewindow_outbox_messages{channel,status}} for messages still to send (PENDING) and
 * given up on (FAILED, until an administrator retries them), and {@code onewindow_outbox_oldest_pending_age_seconds},
 * how long the oldest unsent message has waited: a dispatcher that stopped on every node shows as a growing age.
 */
@Component
class OutboxFigures implements MeterBinder, BusinessFigures {

    private static final List<MessageStatus> BACKLOG = List.of(MessageStatus.PENDING, MessageStatus.FAILED);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Map<String, Long> counts = Map.of();
    private volatile Instant oldestPending;

    OutboxFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MessageChannel channel : MessageChannel.values()) {
            for (MessageStatus status : BACKLOG) {
                String key = key(channel.name(), status.name());
                Gauge.builder("onewindow.outbox.messages", this, figures -> figures.counts.getOrDefault(key, 0L))
                        .description("Outbox messages not sent (yet), by channel and status (cluster-wide)")
                        .tags("channel", channel.name(), "status", status.name())
                        .register(registry);
            }
        }
        // The age grows between refreshes: it is computed at each scrape from the creation time read last.
        Gauge.builder("onewindow.outbox.oldest.pending.age", this, OutboxFigures::oldestPendingAgeSeconds)
                .description("How long the oldest pending outbox message has waited; 0 when none is pending")
                .baseUnit("seconds")
                .register(registry);
    }

    private double oldestPendingAgeSeconds() {
        Instant oldest = oldestPending;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    @Override
    public void refresh() {
        Map<String, Long> read = new HashMap<>();
        jdbc.sql("select channel, status, count(*) from notification_outbox where status in (:backlog) "
                + "group by channel, status")
                .param("backlog", BACKLOG.stream().map(Enum::name).toList())
                .query((rs, row) -> read.put(key(rs.getString(1), rs.getString(2)), rs.getLong(3)))
                .list();
        // No pending message: min() is null, and so is the age's starting point.
        Optional<OffsetDateTime> oldest = jdbc.sql("select count(*), min(created_at) from notification_outbox "
                + "where status = 'PENDING'")
                .query((rs, row) -> Optional.ofNullable(rs.getObject(2, OffsetDateTime.class))).single();
        counts = read;
        oldestPending = oldest.map(OffsetDateTime::toInstant).orElse(null);
    }

    private static String key(String channel, String status) {
        return channel + "/" + status;
    }
}
