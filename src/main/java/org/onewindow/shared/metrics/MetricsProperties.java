package org.onewindow.shared.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.metrics.*}: the Prometheus endpoint and the business gauges behind it.
 *
 * @param refreshInterval how often each node reads the business figures from the database; scrapes in between
 *        see the figures of the last reading
 * @param scrapeToken a bearer token with which Prometheus may read {@code /actuator/prometheus} (and nothing else)
 *        without an account; empty: only signed-in administrators may
 */
@ConfigurationProperties("onewindow.metrics")
public record MetricsProperties(@DefaultValue("30s") Duration refreshInterval, String scrapeToken) {

    /** Shorter tokens could be guessed; {@code openssl rand -hex 32} gives a good one. */
    static final int MINIMUM_TOKEN_LENGTH = 32;

    public MetricsProperties {
        if (refreshInterval.isNegative() || refreshInterval.isZero()) {
            throw new IllegalArgumentException("onewindow.metrics.refresh-interval must be positive.");
        }
        scrapeToken = scrapeToken == null || scrapeToken.isBlank() ? null : scrapeToken.trim();
        if (scrapeToken != null && scrapeToken.length() < MINIMUM_TOKEN_LENGTH) {
            throw new IllegalArgumentException("onewindow.metrics.scrape-token must have at least "
                    + MINIMUM_TOKEN_LENGTH + " characters (e.g. openssl rand -hex 32).");
        }
    }
}
