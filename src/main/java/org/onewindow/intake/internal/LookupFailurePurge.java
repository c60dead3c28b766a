package org.onewindow.intake.internal;

import java.time.Clock;

import org.onewindow.intake.LookupProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes lookup failures that no longer count, so that the table holds at most one window of them (and no
 * client addresses for longer than that). Every node runs it; deleting what another node just deleted is
 * harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LookupFailurePurge {

    private static final Logger log = LoggerFactory.getLogger(LookupFailurePurge.class);

    private final LookupFailureStore store;
    private final LookupProperties properties;
    private final Clock clock;

    LookupFailurePurge(LookupFailureStore store, LookupProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${onewindow.intake.lookup.purge-interval:1h}", initialDelayString = "${onewindow.intake.lookup.purge-interval:1h}")
    void purge() {
        try {
            int deleted = store.purge(clock.instant().minus(properties.window()));
            log.debug("Deleted {} progress lookup failures older than {}", deleted, properties.window());
        } catch (DataAccessException e) {
            // Two nodes purging at once may collide; the next run deletes what this one left.
            log.warn("Could not delete old progress lookup failures: {}", e.getMessage());
        }
    }
}
