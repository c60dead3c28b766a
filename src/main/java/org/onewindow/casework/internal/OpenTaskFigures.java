package org.onewindow.casework.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToLongFunction;

import org.onewindow.shared.metrics.BusinessFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Open steps by department (the queue they wait in: a department code, or FRONT_DESK for the window's steps):
 * {@code onewindow_tasks_open}, {@code onewindow_tasks_overdue} (past their due date) and
 * {@code onewindow_tasks_at_risk} (flagged with one working day left, not yet overdue). Read from the inbox
 * read model {@code casework_open_task}; a department without open steps has no series.
 */
@Component
class OpenTaskFigures implements MeterBinder, BusinessFigures {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile List<QueueCounts> queues = List.of();
    private volatile List<MultiGauge> gauges = List.of();
    private volatile List<ToLongFunction<QueueCounts>> values = List.of();

    private record QueueCounts(String department, long open, long overdue, long atRisk) {
    }

    OpenTaskFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        gauges = List.of(
                MultiGauge.builder("onewindow.tasks.open")
                        .description("Open steps by department (cluster-wide)").register(registry),
                MultiGauge.builder("onewindow.tasks.overdue")
                        .description("Open steps past their due date, by department").register(registry),
                MultiGauge.builder("onewindow.tasks.at.risk")
                        .description("Open steps with one working day left, not yet overdue, by department")
                        .register(registry));
        values = List.of(QueueCounts::open, QueueCounts::overdue, QueueCounts::atRisk);
        publish();
    }

    @Override
    public void refresh() {
        queues = jdbc.sql("""
                select candidate_group, count(*),
                       sum(case when due_at < :now then 1 else 0 end),
                       sum(case when at_risk = true and (due_at is null or due_at >= :now) then 1 else 0 end)
                from casework_open_task group by candidate_group""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new QueueCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        publish();
    }

    // Overwrites the rows: a department whose last open step was completed disappears rather than staying stale.
    private synchronized void publish() {
        List<QueueCounts> current = queues;
        for (int i = 0; i < gauges.size(); i++) {
            ToLongFunction<QueueCounts> value = values.get(i);
            gauges.get(i).register(current.stream()
                    .map(queue -> MultiGauge.Row.of(Tags.of("department", queue.department()),
                            value.applyAsLong(queue)))
                    .toList(), true);
        }
    }
}
