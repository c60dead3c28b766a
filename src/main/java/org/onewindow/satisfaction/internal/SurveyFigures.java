package org.onewindow.satisfaction.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.onewindow.shared.metrics.BusinessFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The survey response rate of the cases closed in the last 30 days: {@code onewindow_survey_invitations} and
 * {@code onewindow_survey_answered} (answered by any channel: link, QR code, kiosk or phone follow-up), and
 * {@code onewindow_survey_response_rate}, their ratio (NaN, i.e. no value, while nothing was closed). Recent
 * closings still have days to answer, so the rate of a steady hall sits a little below its final figure.
 */
@Component
class SurveyFigures implements MeterBinder, BusinessFigures {

    static final Duration WINDOW = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    // One reading, so that a scrape never pairs the invitations of one reading with the answers of another.
    private volatile Counts counts = new Counts(0, 0);

    private record Counts(long invited, long answered) {
    }

    SurveyFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("onewindow.survey.invitations", this, figures -> figures.counts.invited())
                .description("Survey invitations of the cases closed in the last 30 days (cluster-wide)")
                .register(registry);
        Gauge.builder("onewindow.survey.answered", this, figures -> figures.counts.answered())
                .description("Of those, the ones answered")
                .register(registry);
        Gauge.builder("onewindow.survey.response.rate", this, SurveyFigures::rate)
                .description("Answered / invited for the cases closed in the last 30 days")
                .register(registry);
    }

    private double rate() {
        Counts now = counts;
        return now.invited() == 0 ? Double.NaN : (double) now.answered() / now.invited();
    }

    @Override
    public void refresh() {
        OffsetDateTime since = clock.instant().minus(WINDOW).atOffset(ZoneOffset.UTC);
        counts = jdbc.sql("select count(*), count(answered_at) from sat_invitation where closed_at >= :since")
                .param("since", since)
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }
}
