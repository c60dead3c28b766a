package org.onewindow.shared.metrics;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reads every module's business figures on a schedule rather than on each scrape: a handful of grouped counts
 * per node every refresh interval, however often and from however many Prometheus servers it is scraped.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BusinessFiguresRefresher {

    private static final Logger log = LoggerFactory.getLogger(BusinessFiguresRefresher.class);

    private final List<BusinessFigures> figures;

    BusinessFiguresRefresher(List<BusinessFigures> figures) {
        this.figures = figures;
    }

    // After startup (so after Liquibase), then every refresh interval.
    @Scheduled(initialDelayString = "0s", fixedDelayString = "${onewindow.metrics.refresh-interval:30s}")
    void refreshAll() {
        for (BusinessFigures each : figures) {
            try {
                each.refresh();
            } catch (RuntimeException e) {
                // The database may be away for a moment; the gauges keep their last values until the next try.
                log.warn("Could not refresh the business figures of {}: {}", each.getClass().getSimpleName(),
                        e.getMessage());
            }
        }
    }
}
