package org.onewindow.directory;

import java.util.List;

/**
 * What came of deactivating an account: the account as it is now and, for the administrator in their language,
 * what was handed over (claimed steps returned to their queues) and what they should see to (a department left
 * without an active head).
 */
public record StaffDeactivation(StaffMember member, List<String> notes) {

    public StaffDeactivation {
        notes = List.copyOf(notes);
    }
}
