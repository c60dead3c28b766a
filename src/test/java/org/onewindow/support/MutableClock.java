package org.onewindow.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: the real time plus an offset a test can move forward, so
 * that waiting for days can be tested without waiting. {@link ClockReset} sets it back after each test.
 */
public class MutableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        MutableClock clock = new MutableClock(newZone);
        clock.offset.set(offset.get());
        return clock;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
