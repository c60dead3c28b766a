package org.onewindow.reporting.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.reporting.public-results.*}: the public results page and the hall's large screen.
 *
 * @param minEvaluations  evaluations a department or item needs before its rates are published
 * @param refreshInterval how often each node computes the figures again in the background (the page reads only
 *                        those, and says when they were computed)
 */
@ConfigurationProperties("onewindow.reporting.public-results")
public record PublicResultsProperties(@DefaultValue("20") int minEvaluations,
        @DefaultValue("5m") Duration refreshInterval) {

    public PublicResultsProperties {
        if (minEvaluations < 1) {
            throw new IllegalArgumentException("onewindow.reporting.public-results.min-evaluations must be >= 1");
        }
        if (refreshInterval.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException(
                    "onewindow.reporting.public-results.refresh-interval must be at least 10 seconds");
        }
    }
}
