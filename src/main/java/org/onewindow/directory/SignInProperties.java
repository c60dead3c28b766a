package org.onewindow.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.directory.sign-in.*}: how many failed sign-ins an account, or one client address, may have
 * within {@code window} before it is locked for {@code lockDuration}. The address limit is higher because the
 * staff of one hall often share one address (the hall's network, or the reverse proxy when
 * {@code server.forward-headers-strategy} is not set).
 *
 * @param maxFailuresPerAccount failed sign-ins with one name (account or not) that lock it
 * @param maxFailuresPerAddress failed sign-ins from one client address, whatever the names, that lock it
 * @param window how far back failures count
 * @param lockDuration how long a lock lasts unless an administrator lifts it first
 */
@ConfigurationProperties("onewindow.directory.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockDuration) {

    public SignInProperties {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException(
                    "onewindow.directory.sign-in.max-failures-per-account and -per-address must be at least 1.");
        }
        if (window.isNegative() || window.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException(
                    "onewindow.directory.sign-in.window and lock-duration must be positive.");
        }
    }
}
