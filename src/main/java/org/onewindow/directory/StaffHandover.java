package org.onewindow.directory;

import java.util.Optional;

/**
 * Work another module holds for a person by their user name, handed back when their account is deactivated:
 * casework returns the steps they claimed to their departments' queues. Directory cannot see those modules (they
 * depend on it), so each implements this as a bean and {@link StaffAccountService#deactivate} calls them all in its
 * own transaction: the deactivation and every handover commit or roll back together.
 */
public interface StaffHandover {

    /**
     * Hands back what {@code leaving} (already inactive) holds; returns what was done, for the administrator in
     * their language ({@code Translations.current}), or empty when there was nothing.
     */
    Optional<String> handOver(StaffMember leaving);
}
