package org.onewindow.casework.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.onewindow.shared.metrics.BusinessFigures;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The process engine's job figures, from its tables, so the whole cluster's: {@code onewindow_engine_jobs_due}
 * (jobs waiting for a job executor: timers that fell due, asynchronous continuations), {@code
 * onewindow_engine_jobs_failed} (no retries left: each is an incident in Cockpit), {@code
 * onewindow_engine_incidents_open}, and {@code onewindow_engine_job_events_total{event}}, the engine's own job
 * metrics (acquired, successful, failed, ...): what all nodes reported to ACT_RU_METER_LOG (each does every 15
 * minutes) plus this node's count since its last report, as Camunda's metrics query sums them. Nodes therefore
 * differ by the others' unreported counts; rates are meaningful over an hour or more.
 */
@Component
class EngineFigures implements MeterBinder, BusinessFigures {

    static final List<String> JOB_EVENTS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
            Metrics.JOB_LOCKED_EXCLUSIVE);

    private final ManagementService management;
    private final RuntimeService runtime;
    private volatile Figures figures = new Figures(0, 0, 0, Map.of());

    private record Figures(long jobsDue, long jobsFailed, long incidents, Map<String, Long> jobEvents) {
    }

    EngineFigures(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("onewindow.engine.jobs.due", this, self -> self.figures.jobsDue())
                .description("Process engine jobs due and waiting for a job executor (cluster-wide)")
                .register(registry);
        Gauge.builder("onewindow.engine.jobs.failed", this, self -> self.figures.jobsFailed())
                .description("Process engine jobs with no retries left")
                .register(registry);
        Gauge.builder("onewindow.engine.incidents.open", this, self -> self.figures.incidents())
                .description("Open process engine incidents")
                .register(registry);
        for (String event : JOB_EVENTS) {
            FunctionCounter.builder("onewindow.engine.job.events", this,
                    self -> self.figures.jobEvents().getOrDefault(event, 0L))
                    .description(
                            "The engine's job metrics: reported by all nodes (every 15 minutes) plus this node's unreported")
                    .tag("event", event)
                    .register(registry);
        }
    }

    @Override
    public void refresh() {
        Map<String, Long> events = new HashMap<>();
        for (String event : JOB_EVENTS) {
            events.put(event, management.createMetricsQuery().name(event).sum());
        }
        figures = new Figures(management.createJobQuery().executable().count(),
                management.createJobQuery().noRetriesLeft().count(),
                runtime.createIncidentQuery().count(), Map.copyOf(events));
    }
}
