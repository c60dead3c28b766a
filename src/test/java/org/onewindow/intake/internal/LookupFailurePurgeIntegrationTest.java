package org.onewindow.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.LookupProperties;
import org.onewindow.support.H2IntegrationTest;
import org.onewindow.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Failures stop counting after the window and are then deleted, with the addresses they were counted by. */
@H2IntegrationTest
class LookupFailurePurgeIntegrationTest {

    @Autowired
    LookupFailureStore store;
    @Autowired
    LookupFailurePurge purge;
    @Autowired
    LookupProperties limits;
    @Autowired
    MutableClock clock;

    @Test
    void failuresOlderThanTheWindowAreDeleted() {
        String client = "192.0.2." + UUID.randomUUID();
        Instant now = clock.instant();
        store.record(client, now.minus(limits.window()).minus(Duration.ofMinutes(1)));
        store.record(client, now.minus(Duration.ofMinutes(1)));
        assertThat(store.failuresSince(client, Instant.EPOCH)).hasSize(2);

        purge.purge();

        assertThat(store.failuresSince(client, Instant.EPOCH)).singleElement()
                .satisfies(kept -> assertThat(kept).isAfter(now.minus(limits.window())));
    }
}
