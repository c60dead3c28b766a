package org.onewindow.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.intake.lookup.*}: how often one client may get the case number or the lookup code wrong on
 * the public progress page before it has to wait.
 *
 * @param maxFailures wrong pairs one client may send within {@code window}; the next attempt is refused
 * @param window how far back failures count; a client is let in again once its failures are older than this
 * @param purgeInterval how often failures older than {@code window} are deleted
 */
@ConfigurationProperties("onewindow.intake.lookup")
public record LookupProperties(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration window,
        @DefaultValue("1h") Duration purgeInterval) {

    public LookupProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("onewindow.intake.lookup.max-failures must be at least 1.");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("onewindow.intake.lookup.window must be positive.");
        }
    }
}
