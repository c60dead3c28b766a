package org.onewindow.intake.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.onewindow.intake.CaseStatus;
import org.onewindow.shared.metrics.BusinessFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@code onewindow_cases_open{status}}: the hall's open cases by where they stand, zero for an empty status. */
@Component
class OpenCaseFigures implements MeterBinder, BusinessFigures {

    private final JdbcClient jdbc;
    private volatile Map<CaseStatus, Long> openByStatus = new EnumMap<>(CaseStatus.class);

    OpenCaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
                .forEach(status -> Gauge
                        .builder("onewindow.cases.open", this, figures -> figures.openByStatus.getOrDefault(status, 0L))
                        .description("Open cases by status (the whole hall; every node reports the same)")
                        .tag("status", status.name())
                        .register(registry));
    }

    @Override
    public void refresh() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        jdbc.sql("select status, count(*) from intake_case where status not in (:ended) group by status")
                .param("ended", java.util.List.of(CaseStatus.CLOSED.name(), CaseStatus.WITHDRAWN.name()))
                .query((rs, row) -> counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        openByStatus = counts;
    }
}
