package org.onewindow.directory;

import java.time.Instant;

/**
 * One line of the sign-in audit: when, what, the name typed (also a name that is no account), from which client
 * address, and for a lifted lock the administrator who lifted it ({@code actor}).
 */
public record SignInEvent(Instant occurredAt, SignInEventKind kind, String username, String clientAddress,
        String actor) {
}
